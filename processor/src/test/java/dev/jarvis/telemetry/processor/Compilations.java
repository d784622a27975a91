package dev.jarvis.telemetry.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.slf4j.Logger;

/**
 * Compiles test sources with the Jarvis processor, so that a test states only the declarations it
 * is about.
 */
final class Compilations {

  /** The package of every test source. */
  static final String PACKAGE = "demo";

  private static final String SUBSYSTEM_HEADER =
      """
      package demo;

      import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
      import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
      import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

      import dev.jarvis.telemetry.annotations.Alert;
      import dev.jarvis.telemetry.annotations.Anonymized;
      import dev.jarvis.telemetry.annotations.Attribute;
      import dev.jarvis.telemetry.annotations.BurnRate;
      import dev.jarvis.telemetry.annotations.Dashboard;
      import dev.jarvis.telemetry.annotations.EventLevel;
      import dev.jarvis.telemetry.annotations.Field;
      import dev.jarvis.telemetry.annotations.Hashed;
      import dev.jarvis.telemetry.annotations.JarvisEvent;
      import dev.jarvis.telemetry.annotations.JarvisMetric;
      import dev.jarvis.telemetry.annotations.Label;
      import dev.jarvis.telemetry.annotations.LabelValue;
      import dev.jarvis.telemetry.annotations.Panel;
      import dev.jarvis.telemetry.annotations.PanelType;
      import dev.jarvis.telemetry.annotations.Query;
      import dev.jarvis.telemetry.annotations.Severity;
      import dev.jarvis.telemetry.annotations.Slo;
      import dev.jarvis.telemetry.annotations.Span;
      import dev.jarvis.telemetry.annotations.SpanKind;
      import dev.jarvis.telemetry.annotations.Truncated;
      import dev.jarvis.telemetry.annotations.Value;
      import dev.jarvis.telemetry.runtime.InFlight;
      import dev.jarvis.telemetry.runtime.trace.SpanScope;
      import dev.jarvis.telemetry.runtime.trace.TimedOperation;
      import java.time.Duration;
      import java.util.function.DoubleSupplier;

      """;

  /**
   * The class path of the test compilations: only what subsystem interfaces and their recorders
   * use, SLF4J for the events included. The test's own class path also holds compile-testing,
   * Guava, JUnit and Dagger, and javac looking through them doubles the time of every compilation.
   */
  private static final List<File> CLASS_PATH =
      List.of(
          classPathEntryOf(JarvisMetric.class),
          classPathEntryOf(JarvisTelemetry.class),
          classPathEntryOf(Counter.class),
          classPathEntryOf(PrometheusRegistry.class),
          classPathEntryOf(PrometheusProperties.class),
          classPathEntryOf(Inject.class),
          classPathEntryOf(Logger.class),
          classPathEntryOf(Tracer.class),
          classPathEntryOf(Context.class));

  private static final Pattern DIAGNOSTIC_ID = Pattern.compile("\\[(JARVIS-[A-Z][0-9]{3})]");

  private Compilations() {}

  /**
   * A public interface of package {@code demo} with the given members, and the imports every
   * declaration needs: the annotations, the metric types, the event levels, {@code InFlight},
   * {@code Duration} and {@code DoubleSupplier}.
   */
  static JavaFileObject subsystem(String interfaceName, String members) {
    return subsystem("", interfaceName, members);
  }

  /** A subsystem interface with annotations, such as {@code @Alert}s, written before it. */
  static JavaFileObject subsystem(String typeAnnotations, String interfaceName, String members) {
    return JavaFileObjects.forSourceString(
        PACKAGE + "." + interfaceName,
        SUBSYSTEM_HEADER
            + typeAnnotations
            + "public interface "
            + interfaceName
            + " {\n"
            + members
            + "}\n");
  }

  /** A subsystem interface that extends another interface of package {@code demo}. */
  static JavaFileObject subsystemExtending(
      String interfaceName, String superinterface, String members) {
    return JavaFileObjects.forSourceString(
        PACKAGE + "." + interfaceName,
        SUBSYSTEM_HEADER
            + "public interface "
            + interfaceName
            + " extends "
            + superinterface
            + " {\n"
            + members
            + "}\n");
  }

  /** Any other source file of package {@code demo}, written out in full. */
  static JavaFileObject source(String simpleName, String code) {
    return JavaFileObjects.forSourceString(PACKAGE + "." + simpleName, code);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /** Compiles with processor options, such as {@code -Ajarvis.subsystems=api,process}. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return javac().withProcessors(new JarvisProcessor()).withOptions(options).compile(sources);
  }

  /**
   * Compiles against earlier output on the class path, as an incremental build recompiles the
   * changed sources only.
   */
  static Compilation compileAgainst(File classes, JavaFileObject... sources) {
    List<File> classPath = new ArrayList<>(CLASS_PATH);
    classPath.add(classes);
    return Compiler.javac()
        .withClasspath(classPath)
        .withProcessors(new JarvisProcessor())
        .compile(sources);
  }

  /** Compiles with a watched processor, to learn afterwards which sources it created. */
  static Compilation compile(WatchedJarvisProcessor processor, JavaFileObject... sources) {
    return javac().withProcessors(processor).compile(sources);
  }

  /** The messages of the compilation's errors, in the order javac reported them. */
  static List<String> errorMessages(Compilation compilation) {
    return compilation.errors().stream()
        .map(error -> error.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }

  /** The Jarvis IDs of the compilation's errors, in the order javac reported them. */
  static List<String> errorIds(Compilation compilation) {
    return errorMessages(compilation).stream()
        .map(DIAGNOSTIC_ID::matcher)
        .filter(Matcher::find)
        .map(matcher -> matcher.group(1))
        .collect(Collectors.toList());
  }

  /**
   * The parameter name whose label name is {@code snakeCase}: {@code user_id} is {@code userId}.
   */
  static String camelCase(String snakeCase) {
    StringBuilder camel = new StringBuilder();
    for (String word : snakeCase.split("_")) {
      camel.append(
          camel.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return camel.toString();
  }

  /** The qualified name of the recorder generated for an interface of package {@code demo}. */
  static String recorderOf(String interfaceName) {
    return PACKAGE + "." + interfaceName + "Recorder";
  }

  private static Compiler javac() {
    return Compiler.javac().withClasspath(CLASS_PATH);
  }

  private static File classPathEntryOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
