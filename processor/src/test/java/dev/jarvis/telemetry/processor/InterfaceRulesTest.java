package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.recorderOf;
import static dev.jarvis.telemetry.processor.Compilations.source;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules that decide whether a recorder can implement an interface at all, and the general
 * diagnostics of the processor: misplaced annotations, unresolved types and its own failures.
 */
class InterfaceRulesTest {

  private static final String COUNTER_METRIC =
      """
        @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
        void requestCompleted();
      """;

  /** A class the user wrote under the recorder's name makes the Filer refuse the recorder. */
  @Test
  void recorderWhoseNameIsTakenIsReportedOnTheInterface() {
    JavaFileObject source = subsystem("ApiMetrics", COUNTER_METRIC);
    JavaFileObject handWritten =
        source("ApiMetricsRecorder", "package demo; public class ApiMetricsRecorder {}");

    Compilation compilation = compile(source, handWritten);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-G010] cannot write the recorder ApiMetricsRecorder: ")
        .inFile(source)
        .onLineContaining("public interface ApiMetrics");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-G010");
  }

  @Test
  void metricOnClassMethodIsRejectedOnTheMethod() {
    JavaFileObject source =
        source(
            "ApiRecorder",
            """
            package demo;

            import dev.jarvis.telemetry.annotations.JarvisMetric;
            import dev.jarvis.telemetry.annotations.MetricType;

            public abstract class ApiRecorder {
              @JarvisMetric(
                  name = "jarvis_api_requests_total",
                  type = MetricType.COUNTER,
                  help = "Requests")
              public abstract void requestCompleted();
            }
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-G002] @JarvisMetric is only allowed on abstract methods of an interface;"
                + " move it to a method of a subsystem interface")
        .inFile(source)
        .onLineContaining("void requestCompleted()");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-G002");
  }

  @Test
  void metricOnDefaultMethodIsRejectedOnTheMethod() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_errors_total", type = COUNTER, help = "Errors")
              default void requestFailed() {}
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-G002] @JarvisMetric is only allowed on abstract methods")
        .inFile(source)
        .onLineContaining("default void requestFailed()");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-G002");
  }

  /** The interface is in error, so, as for every other rule, it must get no recorder. */
  @Test
  void defaultMethodWithMetricBesideValidOnesLeavesTheInterfaceWithoutRecorder() {
    WatchedJarvisProcessor processor = new WatchedJarvisProcessor();

    Compilation compilation =
        compile(
            processor,
            subsystem(
                "ApiMetrics",
                COUNTER_METRIC
                    + """

                      @JarvisMetric(
                          name = "jarvis_api_errors_total", type = COUNTER, help = "Errors")
                      default void requestFailed() {}
                    """));

    assertThat(errorIds(compilation)).containsExactly("JARVIS-G002");
    assertThat(processor.createdSources()).isEmpty();
  }

  /** A misplaced annotation is the user's mistake, to be reported as one, not as a crash. */
  @Test
  void staticMethodWithMetricBesideValidOnesIsOnlyRejected() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            COUNTER_METRIC
                + """

                  @JarvisMetric(name = "jarvis_api_errors_total", type = COUNTER, help = "Errors")
                  static void requestFailed() {}
                """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-G002]")
        .inFile(source)
        .onLineContaining("static void requestFailed()");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-G002");
  }

  @Test
  void abstractMethodWithoutMetricIsRejectedOnTheMethod() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            COUNTER_METRIC
                + """

                  void reset();
                """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-G003] method reset of ApiMetrics has no @JarvisMetric or @JarvisEvent, so"
                + " its recorder cannot implement it; annotate it or give it a default body")
        .inFile(source)
        .onLineContaining("void reset()");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-G003");
  }

  @Test
  void defaultAndStaticMethodsWithoutMetricAreAccepted() {
    Compilation compilation =
        compile(
            subsystem(
                "ApiMetrics",
                COUNTER_METRIC
                    + """

                      default void requestsCompleted(int count) {
                        for (int i = 0; i < count; i++) {
                          requestCompleted();
                        }
                      }

                      static String describe() {
                        return "API metrics";
                      }
                    """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * An abstract method inherited from a plain interface cannot be implemented by the recorder any
   * more than a declared one; it must be reported, not left to fail in the generated code.
   */
  @Test
  void inheritedAbstractMethodWithoutMetricIsRejected() {
    JavaFileObject source =
        source(
            "ApiMetrics",
            """
            package demo;

            import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;

            import dev.jarvis.telemetry.annotations.JarvisMetric;

            public interface ApiMetrics extends Runnable {
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted();
            }
            """);

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[JARVIS-G003] method run of ");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-G003");
  }

  /**
   * A subsystem interface may extend another; its recorder implements both, so it must record the
   * inherited metrics too.
   */
  @Test
  void recorderOfExtendingInterfaceImplementsInheritedMetrics() {
    JavaFileObject base = subsystem("ApiMetrics", COUNTER_METRIC);
    JavaFileObject extending =
        source(
            "GatewayMetrics",
            """
            package demo;

            import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;

            import dev.jarvis.telemetry.annotations.JarvisMetric;

            public interface GatewayMetrics extends ApiMetrics {
              @JarvisMetric(name = "jarvis_api_errors_total", type = COUNTER, help = "Errors")
              void requestFailed();
            }
            """);

    Compilation compilation = compile(base, extending);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile(recorderOf("GatewayMetrics"))
        .contentsAsUtf8String()
        .contains("public void requestCompleted()");
  }

  @Test
  void genericMethodIsRejectedOnTheMethod() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              <T> void requestCompleted();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-G004] method requestCompleted declares type parameters; a recorded value"
                + " needs a fixed type: remove them")
        .inFile(source)
        .onLineContaining("<T> void requestCompleted()");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-G004");
  }

  @Test
  void privateInterfaceIsRejectedOnTheInterface() {
    JavaFileObject source =
        source(
            "Gateway",
            """
            package demo;

            import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;

            import dev.jarvis.telemetry.annotations.JarvisMetric;

            public class Gateway {
              private interface ApiMetrics {
                @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
                void requestCompleted();
              }
            }
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-G005] interface demo.Gateway.ApiMetrics is private; its recorder, generated"
                + " beside it, cannot implement it: make it package-private or public")
        .inFile(source)
        .onLineContaining("private interface ApiMetrics");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-G005");
  }

  @Test
  void nestedInterfaceGetsARecorderNamedAfterItsEnclosingTypes() {
    Compilation compilation =
        compile(
            source(
                "Gateway",
                """
                package demo;

                import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;

                import dev.jarvis.telemetry.annotations.JarvisMetric;

                public class Gateway {
                  interface ApiMetrics {
                    @JarvisMetric(
                        name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
                    void requestCompleted();
                  }
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("demo.Gateway_ApiMetricsRecorder")
        .contentsAsUtf8String()
        .contains("implements Gateway.ApiMetrics");
  }

  /**
   * The processor waits until the last round for a type another processor might generate, then
   * reports it once, beside javac's own error.
   */
  @Test
  void unresolvedParameterTypeIsReportedAfterTheLastRound() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(
                  Endpoint endpoint);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-G006] type Endpoint of demo.ApiMetrics cannot be resolved; fix the missing"
                + " import or dependency")
        .inFile(source)
        .onLineContaining("Endpoint endpoint");
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(source)
        .onLineContaining("Endpoint endpoint");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-G006");
  }

  @Test
  void genericInterfaceIsRejectedOnTheInterface() {
    JavaFileObject source =
        source(
            "ApiMetrics",
            """
            package demo;

            import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;

            import dev.jarvis.telemetry.annotations.JarvisMetric;

            public interface ApiMetrics<E> {
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted();
            }
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-G007] interface demo.ApiMetrics declares type parameters; a recorder"
                + " implements one fixed interface: remove them")
        .inFile(source)
        .onLineContaining("public interface ApiMetrics<E>");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-G007");
  }
}
