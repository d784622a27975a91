package dev.jarvis.telemetry.annotations;

import java.util.Locale;

/** The Grafana visualizations a {@link Panel} can use, the panel kinds the roadmap draws on. */
public enum PanelType {
  /** Lines over time. */
  TIMESERIES,
  /** One big number per series, such as an availability. */
  STAT,
  /** A dial between a minimum and a maximum, such as a utilization. */
  GAUGE,
  /** Rows of the latest values, such as the slowest endpoints. */
  TABLE,
  /** Histogram buckets over time. */
  HEATMAP,
  /** Shares of a whole, such as memory by component. */
  PIECHART;

  /** The panel plugin id Grafana knows it by: the name in lower case. */
  public String pluginId() {
    return name().toLowerCase(Locale.ROOT);
  }
}
