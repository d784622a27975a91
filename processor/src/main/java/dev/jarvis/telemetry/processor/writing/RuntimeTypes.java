package dev.jarvis.telemetry.processor.writing;

import com.palantir.javapoet.ClassName;

/** The runtime types generated recorders use. */
final class RuntimeTypes {
  static final ClassName JARVIS_TELEMETRY =
      ClassName.get("dev.jarvis.telemetry.runtime", "JarvisTelemetry");
  static final ClassName OPEN_SERIES = ClassName.get("dev.jarvis.telemetry.runtime", "OpenSeries");
  static final ClassName CALLBACK_GAUGE =
      ClassName.get("dev.jarvis.telemetry.runtime", "CallbackGauge");
  static final ClassName COUNTER_AMOUNTS =
      ClassName.get("dev.jarvis.telemetry.runtime", "CounterAmounts");
  static final ClassName IN_FLIGHT = ClassName.get("dev.jarvis.telemetry.runtime", "InFlight");
  static final ClassName COUNTER_DATA_POINT =
      ClassName.get("io.prometheus.metrics.core.datapoints", "CounterDataPoint");
  static final ClassName GAUGE_DATA_POINT =
      ClassName.get("io.prometheus.metrics.core.datapoints", "GaugeDataPoint");
  static final ClassName DISTRIBUTION_DATA_POINT =
      ClassName.get("io.prometheus.metrics.core.datapoints", "DistributionDataPoint");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName PRIVACY = ClassName.get("dev.jarvis.telemetry.runtime.privacy", "Privacy");
  static final ClassName EVENT_KEYS =
      ClassName.get("dev.jarvis.telemetry.runtime.events", "EventKeys");
  static final ClassName EVENT_VALUES =
      ClassName.get("dev.jarvis.telemetry.runtime.events", "EventValues");
  static final ClassName LOGGER = ClassName.get("org.slf4j", "Logger");
  static final ClassName LOGGER_FACTORY = ClassName.get("org.slf4j", "LoggerFactory");

  private RuntimeTypes() {}
}
