package dev.jarvis.telemetry.processor.reading;

/** The qualified names of the types the processor recognizes in declarations. */
public final class TypeNames {
  public static final String JARVIS_METRIC = "dev.jarvis.telemetry.annotations.JarvisMetric";
  public static final String LABEL = "dev.jarvis.telemetry.annotations.Label";
  public static final String VALUE = "dev.jarvis.telemetry.annotations.Value";
  public static final String LABEL_VALUE = "dev.jarvis.telemetry.annotations.LabelValue";
  public static final String IN_FLIGHT = "dev.jarvis.telemetry.runtime.InFlight";
  public static final String STRING = "java.lang.String";
  public static final String DURATION = "java.time.Duration";
  public static final String DOUBLE_SUPPLIER = "java.util.function.DoubleSupplier";

  private TypeNames() {}
}
