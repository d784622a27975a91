package dev.jarvis.telemetry.processor.writing;

import static dev.jarvis.telemetry.processor.writing.DashboardWriter.object;

import dev.jarvis.telemetry.annotations.PanelType;
import java.util.List;
import java.util.Map;

/**
 * The options of each visualization, with every member its published schema requires and Grafana's
 * defaults for them: a legend and a tooltip over time, the last value on a stat, a gauge or a pie.
 */
final class PanelOptions {
  private PanelOptions() {}

  static Map<String, Object> of(PanelType type) {
    return switch (type) {
      case TIMESERIES ->
          object(
              "legend",
              object(
                  "calcs",
                  List.of(),
                  "displayMode",
                  "list",
                  "placement",
                  "bottom",
                  "showLegend",
                  true),
              "tooltip",
              object("mode", "multi", "sort", "desc"));
      case STAT ->
          object(
              "colorMode", "value",
              "graphMode", "area",
              "justifyMode", "auto",
              "orientation", "auto",
              "percentChangeColorMode", "standard",
              "reduceOptions", lastValue(),
              "showPercentChange", false,
              "textMode", "auto",
              "wideLayout", true);
      case GAUGE ->
          object(
              "minVizHeight",
              75,
              "minVizWidth",
              75,
              "orientation",
              "auto",
              "reduceOptions",
              lastValue(),
              "showThresholdLabels",
              false,
              "showThresholdMarkers",
              true,
              "sizing",
              "auto");
      case TABLE -> object("frameIndex", 0, "showHeader", true);
      case HEATMAP ->
          object(
              "color",
              object(
                  "exponent", 0.5,
                  "fill", "dark-orange",
                  "mode", "scheme",
                  "reverse", false,
                  "scale", "exponential",
                  "scheme", "Oranges",
                  "steps", 64),
              "exemplars",
              object("color", "rgba(255,0,255,0.7)"),
              "legend",
              object("show", true),
              "showValue",
              "auto",
              "tooltip",
              object("mode", "single", "yHistogram", false),
              "yAxis",
              object("axisPlacement", "left"));
      case PIECHART ->
          object(
              "legend",
              object(
                  "calcs",
                  List.of(),
                  "displayMode",
                  "list",
                  "placement",
                  "right",
                  "showLegend",
                  true,
                  "values",
                  List.of("percent")),
              "orientation",
              "auto",
              "pieType",
              "pie",
              "reduceOptions",
              lastValue(),
              "tooltip",
              object("mode", "single", "sort", "none"));
    };
  }

  private static Map<String, Object> lastValue() {
    return object("calcs", List.of("lastNotNull"), "fields", "", "values", false);
  }
}
