package dev.jarvis.telemetry.processor.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * The unit ids Grafana formats values with, read from {@code grafana-units.txt} beside this class,
 * a copy of the list in Grafana's published units schema. A panel with another unit shows raw
 * numbers, so a misspelt id is an error rather than a silent fallback.
 */
final class GrafanaUnits {
  private static final Set<String> IDS = load();

  private GrafanaUnits() {}

  static boolean isKnown(String unit) {
    return IDS.contains(unit);
  }

  static Set<String> all() {
    return IDS;
  }

  private static Set<String> load() {
    Set<String> ids = new TreeSet<>();
    try (InputStream in = GrafanaUnits.class.getResourceAsStream("grafana-units.txt")) {
      if (in == null) {
        throw new IllegalStateException("grafana-units.txt is missing from the processor jar");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          ids.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(ids);
  }
}
