package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.recorderOf;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.common.collect.Iterables;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.source.util.JavacTask;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recorder of an interface that uses every kind of label, value and return, compared with a
 * reviewed golden file in {@code src/test/resources/golden/}. The comparison is of syntax trees, so
 * the golden file is formatted for reading, with the generated Javadoc as it is; a change to what
 * the processor generates must change it in the same commit, where a reviewer sees it.
 */
class GoldenRecorderTest {

  private static final JavaFileObject GENERATION_METRICS =
      subsystem(
          "GenerationMetrics",
          """
            enum FinishReason {
              @LabelValue("stop") STOP,
              @LabelValue("length") LENGTH,
              @LabelValue("error") ERROR
            }

            @JarvisMetric(
                name = "jarvis_generation_requests_total",
                type = COUNTER,
                help = "Generation requests by how they finished")
            void generated(FinishReason finishReason, boolean usedTemplate);

            @JarvisMetric(
                name = "jarvis_generation_responses_total",
                type = COUNTER,
                help = "Generation responses by model and HTTP status")
            void responded(@Label("model_id") String model, int statusCode);

            @JarvisMetric(
                name = "jarvis_generation_duration_seconds",
                type = HISTOGRAM,
                help = "End-to-end generation latency",
                buckets = {0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0})
            void generationTook(FinishReason finishReason, @Value Duration latency);

            @JarvisMetric(
                name = "jarvis_generation_requests_inflight",
                type = GAUGE,
                help = "Generations running now")
            InFlight generationStarted(boolean streaming);

            @JarvisMetric(
                name = "jarvis_generation_tokens_per_second",
                type = GAUGE,
                help = "Current generation throughput")
            void throughputSource(
                @Label("model_id") String model, @Value DoubleSupplier throughput);

            @JarvisMetric(
                name = "jarvis_generation_tokens_total",
                type = COUNTER,
                help = "Total tokens generated")
            void tokensGenerated(FinishReason finishReason, @Value long tokens);
          """);

  private static Compilation compilation;

  @BeforeAll
  static void compileRecorder() {
    compilation = compile(GENERATION_METRICS);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void recorderMatchesTheGoldenFile() throws IOException {
    JavaFileObject recorder =
        compilation.generatedSourceFile(recorderOf("GenerationMetrics")).orElseThrow();
    assertThat(syntaxTree(recorder))
        .isEqualTo(
            syntaxTree(JavaFileObjects.forResource("golden/GenerationMetricsRecorder.java")));
  }

  @Test
  void recorderIsMarkedGenerated() {
    assertThat(compilation)
        .generatedSourceFile(recorderOf("GenerationMetrics"))
        .contentsAsUtf8String()
        .contains("import javax.annotation.processing.Generated;\n");
    assertThat(compilation)
        .generatedSourceFile(recorderOf("GenerationMetrics"))
        .contentsAsUtf8String()
        .contains(
            "@Generated(\"dev.jarvis.telemetry.processor.JarvisProcessor\")\n"
                + "public final class GenerationMetricsRecorder implements GenerationMetrics {");
  }

  /** jakarta.inject is on the test class path, so dependency injection can build the recorder. */
  @Test
  void constructorIsInjectable() throws ReflectiveOperationException {
    Class<?> recorder =
        new CompiledClassLoader(compilation).loadClass(recorderOf("GenerationMetrics"));

    assertThat(recorder.getConstructor(JarvisTelemetry.class).isAnnotationPresent(Inject.class))
        .isTrue();
  }

  /**
   * The source as javac parses it, printed back: layout and line comments are gone, Javadoc stays.
   * compile-testing's {@code hasSourceEquivalentTo} would compare the same trees, but it reaches
   * into javac internals that JDK 17 does not export to tests run without {@code --add-exports}.
   */
  private static String syntaxTree(JavaFileObject source) throws IOException {
    JavacTask task =
        (JavacTask)
            ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, null, List.of("-proc:none"), null, List.of(source));
    return Iterables.getOnlyElement(task.parse()).toString();
  }
}
