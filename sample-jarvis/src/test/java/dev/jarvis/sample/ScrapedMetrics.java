package dev.jarvis.sample;

import java.util.ArrayList;
import java.util.List;

/** The samples of a Prometheus text-format scrape, to ask which metric families have data. */
final class ScrapedMetrics {

  private record Sample(String name, double value) {}

  private final List<Sample> samples = new ArrayList<>();

  ScrapedMetrics(String exposition) {
    for (String line : exposition.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int nameEnd = line.indexOf('{');
      if (nameEnd < 0) {
        nameEnd = line.indexOf(' ');
      }
      String value = line.substring(line.lastIndexOf(' ') + 1);
      samples.add(new Sample(line.substring(0, nameEnd), Double.parseDouble(value)));
    }
  }

  /** Whether some series of the counter {@code name} (ending in {@code _total}) is above 0. */
  boolean counterCounted(String name) {
    return samples.stream().anyMatch(sample -> sample.name().equals(name) && sample.value() > 0);
  }

  /** Whether some series of the histogram {@code name} has an observation. */
  boolean histogramObserved(String name) {
    return counterCounted(name + "_count");
  }

  /** Whether the gauge {@code name} has a series. */
  boolean gaugePresent(String name) {
    return samples.stream().anyMatch(sample -> sample.name().equals(name));
  }
}
