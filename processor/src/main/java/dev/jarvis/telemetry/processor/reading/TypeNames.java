package dev.jarvis.telemetry.processor.reading;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The qualified names of the types the processor recognizes in declarations. */
public final class TypeNames {
  public static final String JARVIS_METRIC = "dev.jarvis.telemetry.annotations.JarvisMetric";
  public static final String JARVIS_EVENT = "dev.jarvis.telemetry.annotations.JarvisEvent";
  public static final String SLO = "dev.jarvis.telemetry.annotations.Slo";
  public static final String SLOS = "dev.jarvis.telemetry.annotations.Slos";
  public static final String ALERT = "dev.jarvis.telemetry.annotations.Alert";
  public static final String ALERTS = "dev.jarvis.telemetry.annotations.Alerts";
  public static final String DASHBOARD = "dev.jarvis.telemetry.annotations.Dashboard";
  public static final String DASHBOARDS = "dev.jarvis.telemetry.annotations.Dashboards";
  public static final String SPAN = "dev.jarvis.telemetry.annotations.Span";
  public static final String ATTRIBUTE = "dev.jarvis.telemetry.annotations.Attribute";
  public static final String OUTCOME = "dev.jarvis.telemetry.annotations.Outcome";
  public static final String TIMED_OPERATION = "dev.jarvis.telemetry.runtime.trace.TimedOperation";
  public static final String SPAN_SCOPE = "dev.jarvis.telemetry.runtime.trace.SpanScope";
  public static final String FIELD = "dev.jarvis.telemetry.annotations.Field";
  public static final String HASHED = "dev.jarvis.telemetry.annotations.Hashed";
  public static final String ANONYMIZED = "dev.jarvis.telemetry.annotations.Anonymized";
  public static final String TRUNCATED = "dev.jarvis.telemetry.annotations.Truncated";
  public static final String INSTANT = "java.time.Instant";
  public static final String LABEL = "dev.jarvis.telemetry.annotations.Label";
  public static final String VALUE = "dev.jarvis.telemetry.annotations.Value";
  public static final String LABEL_VALUE = "dev.jarvis.telemetry.annotations.LabelValue";
  public static final String IN_FLIGHT = "dev.jarvis.telemetry.runtime.InFlight";
  public static final String STRING = "java.lang.String";
  public static final String DURATION = "java.time.Duration";
  public static final String DOUBLE_SUPPLIER = "java.util.function.DoubleSupplier";

  private TypeNames() {}

  /** Whether the type is the declared type of this qualified name. */
  static boolean is(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }
}
