package dev.jarvis.telemetry.processor.dagger;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.internal.codegen.ComponentProcessor;
import dev.jarvis.telemetry.processor.JarvisProcessor;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles an application with Dagger's processor and the Jarvis processor in the same javac run,
 * then lets the Dagger component build the generated recorder and records through it: the way a
 * user injects recorders.
 */
class DaggerInjectionTest {

  private static final String METRICS =
      """
      package app;

      import dev.jarvis.telemetry.annotations.JarvisMetric;
      import dev.jarvis.telemetry.annotations.MetricType;

      public interface DbMetrics {
        enum Table { MESSAGES, CONTACTS }

        @JarvisMetric(
            name = "jarvis_db_slow_queries_total",
            type = MetricType.COUNTER,
            help = "Queries slower than 100 ms")
        void slowQuery(Table table);
      }
      """;

  private static final String MODULE =
      """
      package app;

      import dagger.Binds;
      import dagger.Module;
      import dagger.Provides;
      import dev.jarvis.telemetry.runtime.JarvisTelemetry;
      import io.prometheus.metrics.model.registry.PrometheusRegistry;
      import jakarta.inject.Singleton;

      @Module
      public abstract class TelemetryModule {
        @Provides
        @Singleton
        static JarvisTelemetry telemetry(PrometheusRegistry registry) {
          return JarvisTelemetry.builder().registry(registry).build();
        }

        @Binds
        abstract DbMetrics dbMetrics(DbMetricsRecorder recorder);
      }
      """;

  private static final String COMPONENT =
      """
      package app;

      import dagger.BindsInstance;
      import dagger.Component;
      import io.prometheus.metrics.model.registry.PrometheusRegistry;
      import jakarta.inject.Singleton;

      @Singleton
      @Component(modules = TelemetryModule.class)
      public interface AppComponent {
        DbMetrics dbMetrics();

        @Component.Factory
        interface Factory {
          AppComponent create(@BindsInstance PrometheusRegistry registry);
        }
      }
      """;

  @TempDir Path workDirectory;

  @Test
  void daggerComponentInjectsTheGeneratedRecorder() throws Exception {
    Path sources = Files.createDirectories(workDirectory.resolve("src/app"));
    Files.writeString(sources.resolve("DbMetrics.java"), METRICS);
    Files.writeString(sources.resolve("TelemetryModule.java"), MODULE);
    Files.writeString(sources.resolve("AppComponent.java"), COMPONENT);
    Path classes = Files.createDirectories(workDirectory.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              files,
              diagnostics,
              List.of(
                  "-d", classes.toString(), "-classpath", System.getProperty("java.class.path")),
              null,
              files.getJavaFileObjects(
                  sources.resolve("DbMetrics.java").toFile(),
                  sources.resolve("TelemetryModule.java").toFile(),
                  sources.resolve("AppComponent.java").toFile()));
      task.setProcessors(List.of(new JarvisProcessor(), new ComponentProcessor()));
      assertThat(task.call()).as("compilation: %s", diagnostics.getDiagnostics()).isTrue();
    }

    PrometheusRegistry registry = new PrometheusRegistry();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> factoryOwner = loader.loadClass("app.DaggerAppComponent");
      Object factory = factoryOwner.getMethod("factory").invoke(null);
      Object component =
          loader
              .loadClass("app.AppComponent$Factory")
              .getMethod("create", PrometheusRegistry.class)
              .invoke(factory, registry);
      Object recorder =
          loader.loadClass("app.AppComponent").getMethod("dbMetrics").invoke(component);
      Class<?> table = loader.loadClass("app.DbMetrics$Table");
      Object messages = table.getEnumConstants()[0];
      loader.loadClass("app.DbMetrics").getMethod("slowQuery", table).invoke(recorder, messages);

      assertThat(recorder.getClass().getName()).isEqualTo("app.DbMetricsRecorder");
      // Dagger writes a factory only for a constructor it can inject.
      assertThat(loader.loadClass("app.DbMetricsRecorder_Factory")).isNotNull();
      assertThat(
              recorder
                  .getClass()
                  .getConstructor(JarvisTelemetry.class)
                  .isAnnotationPresent(jakarta.inject.Inject.class))
          .isTrue();
    }
    ByteArrayOutputStream exposition = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(exposition, registry.scrape());
    assertThat(exposition.toString(StandardCharsets.UTF_8))
        .contains("jarvis_db_slow_queries_total{table=\"messages\"} 1.0")
        .contains("jarvis_db_slow_queries_total{table=\"contacts\"} 0.0");
  }
}
