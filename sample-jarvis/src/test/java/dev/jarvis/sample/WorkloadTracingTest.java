package dev.jarvis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the service with its workload, whose HTTP requests carry their client span's context in
 * {@code traceparent}: the service's request spans continue those traces, each the child of the
 * workload's {@code workload.request} span that called it.
 */
class WorkloadTracingTest {
  private static final Duration DEADLINE = Duration.ofSeconds(20);

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private RunningService service;

  @AfterEach
  void stopService() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void theServicesRequestSpansAreChildrenOfTheWorkloadsCalls() throws Exception {
    service = ServiceWiring.start(new ServiceOptions(0, true));

    List<String> continued = List.of();
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (continued.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      continued = requestSpansUnderWorkloadCalls(spans());
    }
    assertThat(continued).contains("api.POST.generation", "api.GET.health");
  }

  // The names of the server spans whose parent is a workload call of the same trace.
  private static List<String> requestSpansUnderWorkloadCalls(List<JsonNode> spans) {
    Map<String, JsonNode> calls = new HashMap<>();
    for (JsonNode span : spans) {
      if (span.path("name").asText().equals("workload.request")) {
        assertThat(span.path("kind").asText()).isEqualTo("CLIENT");
        calls.put(span.path("span_id").asText(), span);
      }
    }
    List<String> continued = new ArrayList<>();
    for (JsonNode span : spans) {
      JsonNode call = calls.get(span.path("parent_span_id").asText());
      if (call != null
          && span.path("name").asText().startsWith("api.")
          && span.path("kind").asText().equals("SERVER")
          && span.path("trace_id").asText().equals(call.path("trace_id").asText())) {
        continued.add(span.path("name").asText());
      }
    }
    return continued;
  }

  private List<JsonNode> spans() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(service.baseUri().resolve("/debug/spans")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    List<JsonNode> spans = new ArrayList<>();
    json.readTree(response.body()).forEach(spans::add);
    return spans;
  }
}
