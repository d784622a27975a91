package dev.jarvis.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A metric of the catalog the processor generated for the sample, {@code
 * META-INF/jarvis/catalog.md}, read from its metrics table: the list of what the sample declares,
 * derived from the build rather than written down again.
 *
 * @param name the metric's name, a counter's with {@code _total}
 * @param type counter, gauge or histogram
 */
record CatalogMetric(String name, String type) {
  static final String CATALOG = "META-INF/jarvis/catalog.md";

  /** Every metric of the catalog's "Metrics" section. */
  static List<CatalogMetric> all() throws IOException {
    String catalog;
    try (InputStream in = CatalogMetric.class.getClassLoader().getResourceAsStream(CATALOG)) {
      if (in == null) {
        throw new IllegalStateException(CATALOG + " was not generated");
      }
      catalog = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<CatalogMetric> metrics = new ArrayList<>();
    boolean inMetrics = false;
    for (String line : catalog.split("\n")) {
      if (line.startsWith("## ")) {
        inMetrics = line.equals("## Metrics");
      } else if (inMetrics && line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        metrics.add(new CatalogMetric(cells[1].trim().replace("`", ""), cells[2].trim()));
      }
    }
    return metrics;
  }
}
