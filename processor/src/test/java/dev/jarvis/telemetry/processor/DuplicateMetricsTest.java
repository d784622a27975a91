package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A metric name has one definition per compilation, because two recorders registering one name with
 * different labels or types would fail at startup. Both declarations are reported, each naming the
 * other, so that either can be the one renamed.
 */
class DuplicateMetricsTest {

  @Test
  void nameDeclaredTwiceInOneInterfaceIsReportedOnBoth() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_api_requests_total", help = "Completed API requests",
                  type = COUNTER)
              void requestCompleted();

              @JarvisMetric(
                  name = "jarvis_api_requests_total", help = "Failed API requests",
                  type = COUNTER)
              void requestFailed();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-M009] metric 'jarvis_api_requests_total' is declared more than once in this"
                + " compilation (also on demo.ApiMetrics.requestFailed); each name has one"
                + " definition: rename one or record both through one method")
        .inFile(source)
        .onLineContaining("help = \"Completed API requests\"");
    assertThat(compilation)
        .hadErrorContaining("(also on demo.ApiMetrics.requestCompleted)")
        .inFile(source)
        .onLineContaining("help = \"Failed API requests\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-M009", "JARVIS-M009");
  }

  @Test
  void nameDeclaredInTwoInterfacesIsReportedInBothFiles() {
    JavaFileObject api = apiRateLimited();
    JavaFileObject websocket = websocketRateLimited();

    Compilation compilation = compile(api, websocket);

    assertThat(compilation)
        .hadErrorContaining("(also on demo.WebsocketMetrics.rateLimited)")
        .inFile(api)
        .onLineContaining("name = \"jarvis_api_rate_limited_total\"");
    assertThat(compilation)
        .hadErrorContaining("(also on demo.ApiMetrics.rateLimited)")
        .inFile(websocket)
        .onLineContaining("name = \"jarvis_api_rate_limited_total\"");
  }

  /**
   * Both interfaces are read in the same round, so the processor knows of the clash before it
   * writes anything; the first interface is in error too and should get no recorder.
   */
  @Test
  void neitherInterfaceOfADuplicateGetsARecorder() {
    WatchedJarvisProcessor processor = new WatchedJarvisProcessor();

    compile(processor, apiRateLimited(), websocketRateLimited());

    assertThat(processor.createdSources()).isEmpty();
  }

  @Test
  void thirdDeclarationDoesNotRepeatTheFirstOnesError() {
    JavaFileObject source =
        subsystem(
            "DbMetrics",
            """
              @JarvisMetric(name = "jarvis_db_queries_total", type = COUNTER, help = "Queries")
              void queried();

              @JarvisMetric(name = "jarvis_db_queries_total", type = COUNTER, help = "Queries")
              void selected();

              @JarvisMetric(name = "jarvis_db_queries_total", type = COUNTER, help = "Queries")
              void updated();
            """);

    Compilation compilation = compile(source);

    assertThat(errorIds(compilation)).containsExactly("JARVIS-M009", "JARVIS-M009", "JARVIS-M009");
  }

  private static JavaFileObject apiRateLimited() {
    return subsystem(
        "ApiMetrics",
        """
          @JarvisMetric(
              name = "jarvis_api_rate_limited_total",
              type = COUNTER,
              help = "Rate limited request count")
          void rateLimited();
        """);
  }

  private static JavaFileObject websocketRateLimited() {
    return subsystem(
        "WebsocketMetrics",
        """
          @JarvisMetric(
              name = "jarvis_api_rate_limited_total",
              type = COUNTER,
              help = "Per-client rate limit hits")
          void rateLimited();
        """);
  }
}
