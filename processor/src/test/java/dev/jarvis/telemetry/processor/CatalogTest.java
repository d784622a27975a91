package dev.jarvis.telemetry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The markdown catalog and the Loki retention rules written for a whole compilation. */
class CatalogTest {

  private static final JavaFileObject EVENTS =
      Compilations.subsystem(
          "ChatEvents",
          """
            @JarvisEvent(
                type = "api.chat.opened",
                level = EventLevel.INFO,
                message = "Chat opened",
                category = "api")
            void chatOpened(@Hashed String chatId, int messageCount);
          """);

  @Test
  void listsEveryMetricEventSloAndAlertWithItsOwner() throws IOException {
    Compilation compilation = compile(RoadmapObjectives.API, EVENTS);
    assertThat(compilation).succeeded();

    String catalog = generated(compilation, "catalog.md");

    assertThat(catalog)
        .contains("| `jarvis_api_requests_total` | counter |")
        .contains("| `jarvis_api_request_duration_seconds` | histogram | seconds |")
        .contains("| `api.chat.opened` | INFO | 30d | api | `context.chat_id_hash` hashed")
        .contains("| `api_availability` | 0.999 | 30d | `jarvis_api_requests_total` |")
        .contains("| `HighErrorRate` | critical | 2m | High error rate detected |")
        .contains("| `demo.ChatEvents` |", "| `demo.ApiMetrics` |");
    assertThat(catalog.indexOf("## SLOs")).isGreaterThan(catalog.indexOf("## Events"));
    assertThat(catalog.indexOf("## Alerts")).isGreaterThan(catalog.indexOf("## SLOs"));
  }

  @Test
  void isTheSameWhateverTheOrderOfTheSources() throws IOException {
    String forward = generated(compile(RoadmapObjectives.API, EVENTS), "catalog.md");
    String backward = generated(compile(EVENTS, RoadmapObjectives.API), "catalog.md");

    assertThat(backward).isEqualTo(forward);
  }

  @Test
  void keepsEachEventLevelAsLongAsTheRoadmapSays() throws IOException {
    String retention = generated(compile(EVENTS), "loki-retention.yaml");

    assertThat(retention)
        .contains("selector: '{level=\"DEBUG\"}'\n    priority: 1\n    period: 168h")
        .contains("selector: '{level=\"ERROR\"}'\n    priority: 4\n    period: 8760h")
        .doesNotContain("CRITICAL\"");
  }

  private static String generated(Compilation compilation, String file) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/jarvis/" + file)
        .orElseThrow(() -> new AssertionError(file + " was not generated"))
        .getCharContent(true)
        .toString();
  }
}
