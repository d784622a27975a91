package dev.jarvis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Takes the chat database file away from a running service, as a revoked Full Disk Access takes
 * away chat.db, and checks over real HTTP that the permissions component turns unhealthy on both
 * {@code /metrics} and {@code /health}, then recovers once the file is back.
 *
 * <p>Removing the file is the fault because the tests may run as root, for whom a file's mode bits
 * never make it unreadable. The workload stays off so that nothing else moves the health figures.
 */
class HealthFaultTest {
  private static final String PERMISSIONS_STATUS =
      "jarvis_health_status{component=\"permissions\"}";

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private RunningService service;

  @BeforeEach
  void startService() throws Exception {
    service = ServiceWiring.start(new ServiceOptions(0, false));
  }

  @AfterEach
  void stopService() {
    service.close();
  }

  @Test
  void permissionsTurnUnhealthyWhileTheChatDatabaseIsGoneAndRecover() throws Exception {
    Path database = service.chatDatabase();
    // A rename within the folder keeps the file's inode, which SQLite's open connections hold.
    Path aside = database.resolveSibling(database.getFileName() + ".aside");
    assertThat(permissionsStatus()).isEqualTo(2);
    assertThat(health().statusCode()).isEqualTo(200);

    Files.move(database, aside, StandardCopyOption.ATOMIC_MOVE);
    try {
      assertThat(permissionsStatus()).isEqualTo(0);
      HttpResponse<String> faulty = health();
      JsonNode report = json.readTree(faulty.body());
      assertThat(faulty.statusCode()).isEqualTo(503);
      assertThat(report.path("status").asText()).isEqualTo("unhealthy");
      assertThat(report.path("components").path("permissions").path("status").asText())
          .isEqualTo("unhealthy");
      assertThat(report.path("components").path("permissions").path("detail").asText())
          .isEqualTo("the Messages database cannot be read");
    } finally {
      Files.move(aside, database, StandardCopyOption.ATOMIC_MOVE);
    }

    assertThat(permissionsStatus()).isEqualTo(2);
    HttpResponse<String> recovered = health();
    assertThat(recovered.statusCode()).isEqualTo(200);
    assertThat(
            json.readTree(recovered.body())
                .path("components")
                .path("permissions")
                .path("status")
                .asText())
        .isEqualTo("healthy");
  }

  private double permissionsStatus() throws IOException, InterruptedException {
    HttpResponse<String> scrape = get("/metrics");
    assertThat(scrape.statusCode()).isEqualTo(200);
    return new ScrapedMetrics(scrape.body())
        .value(PERMISSIONS_STATUS)
        .orElseThrow(() -> new AssertionError(PERMISSIONS_STATUS + " is not in the scrape"));
  }

  private HttpResponse<String> health() throws IOException, InterruptedException {
    return get("/health");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(service.baseUri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
