package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.compileAgainst;
import static dev.jarvis.telemetry.processor.Compilations.errorMessages;
import static dev.jarvis.telemetry.processor.Compilations.recorderOf;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same interface compiled again, twice in one build, or together with many others, as an
 * incremental build recompiles one interface among many: the recorder must come out the same, and a
 * duplicate must be javac's error, not a processor failure.
 */
class RepeatedCompilationTest {
  private static final String MEMBERS =
      """
        enum Route { HOME, @LabelValue("\\u2028sep") OTHER }
        @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests\\u2029")
        void requestCompleted(Route route, int statusCode);
        @JarvisEvent(type = "api.request.start", level = EventLevel.INFO, message = "a\\u2028b")
        void started(@Hashed String chatId);
      """;

  @Test
  void compilingAgainWritesTheSameRecorder() throws IOException {
    String first = recorderText(compile(subsystem("ApiMetrics", MEMBERS)), "ApiMetrics");
    String second = recorderText(compile(subsystem("ApiMetrics", MEMBERS)), "ApiMetrics");

    assertThat(second).isEqualTo(first);
  }

  @Test
  void oneInterfaceAmongManyGetsTheRecorderItGetsAlone() throws IOException {
    String alone = recorderText(compile(subsystem("ApiMetrics", MEMBERS)), "ApiMetrics");

    Compilation together = compile(manyInterfaces().toArray(new JavaFileObject[0]));

    assertThat(together).succeeded();
    assertThat(recorderText(together, "ApiMetrics")).isEqualTo(alone);
  }

  /**
   * The full build first, then {@code ApiMetrics} alone against the classes of the others, as an
   * incremental build recompiles it: its recorder comes out as before, and the classes of the other
   * interfaces, annotated but not sources this time, are left alone.
   */
  @Test
  void recompilingOneInterfaceAgainstTheOthersClassesWritesTheSameRecorder(@TempDir Path classes)
      throws IOException {
    Compilation full = compile(manyInterfaces().toArray(new JavaFileObject[0]));
    assertThat(full).succeeded();
    for (JavaFileObject file : full.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() == JavaFileObject.Kind.CLASS && !path.contains("/ApiMetrics")) {
        Path target = classes.resolve(path.substring(path.indexOf("/demo/") + 1));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }

    assertThat(Files.exists(classes.resolve("demo/ModelMetrics0Recorder.class"))).isTrue();

    Compilation incremental = compileAgainst(classes.toFile(), subsystem("ApiMetrics", MEMBERS));

    assertThat(incremental).succeededWithoutWarnings();
    assertThat(recorderText(incremental, "ApiMetrics")).isEqualTo(recorderText(full, "ApiMetrics"));
    assertThat(incremental.generatedSourceFile(recorderOf("ModelMetrics0"))).isEmpty();
  }

  private static List<JavaFileObject> manyInterfaces() {
    List<JavaFileObject> many = new ArrayList<>();
    many.add(subsystem("ApiMetrics", MEMBERS));
    for (int i = 0; i < 30; i++) {
      many.add(
          subsystem(
              "ModelMetrics" + i,
              "  @JarvisMetric(name = \"jarvis_model_loads"
                  + i
                  + "_total\", type = COUNTER, help = \"Loads\")\n  void loaded"
                  + i
                  + "();\n"));
    }
    return many;
  }

  @Test
  void theSameInterfaceTwiceInOneBuildIsJavacsErrorNotAProcessorFailure() {
    Compilation compilation =
        compile(subsystem("ApiMetrics", MEMBERS), subsystem("ApiMetrics", MEMBERS));

    assertThat(compilation).failed();
    assertThat(errorMessages(compilation)).isNotEmpty();
    for (String message : errorMessages(compilation)) {
      assertThat(message).doesNotContain("JARVIS-G001");
    }
  }

  private static String recorderText(Compilation compilation, String interfaceName)
      throws IOException {
    assertThat(compilation).succeeded();
    return compilation
        .generatedSourceFile(recorderOf(interfaceName))
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }
}
