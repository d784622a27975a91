package dev.jarvis.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The samples of a Prometheus text-format scrape, to ask which metric families have data. */
final class ScrapedMetrics {

  /**
   * @param name the metric family's sample name
   * @param series the name with its labels, as the line writes them: {@code name{label="value"}}
   * @param value the sample's value
   */
  private record Sample(String name, String series, double value) {}

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
      int valueStart = line.lastIndexOf(' ') + 1;
      samples.add(
          new Sample(
              line.substring(0, nameEnd),
              line.substring(0, valueStart - 1),
              Double.parseDouble(line.substring(valueStart))));
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

  /**
   * The value of one series, named as the exposition writes it, such as {@code
   * jarvis_health_status{component="model"}}; empty when the scrape does not have it.
   */
  OptionalDouble value(String series) {
    return samples.stream()
        .filter(sample -> sample.series().equals(series))
        .mapToDouble(Sample::value)
        .findFirst();
  }
}
