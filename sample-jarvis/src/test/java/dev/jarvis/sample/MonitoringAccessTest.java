package dev.jarvis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarvis.telemetry.runtime.export.ScrapeCredentials;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who can read the service's {@code /metrics} and {@code /health}, over real HTTP: loopback only by
 * default, and with credentials required when they are configured, which they must be on any other
 * address.
 */
class MonitoringAccessTest {
  private static final String TOKEN = "Rk9vYmFy-token.2026";
  private static final List<String> MONITORING = List.of("/metrics", "/health");
  private static final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void listensOnLoopbackOnlyByDefault() throws Exception {
    try (RunningService service = ServiceWiring.start(new ServiceOptions(0, false))) {
      for (String path : MONITORING) {
        assertThat(get(service, path, null).statusCode()).as(path).isIn(200, 503);
      }
      for (InetAddress address : nonLoopbackAddresses()) {
        assertThat(accepts(address, service.baseUri().getPort())).as("%s", address).isFalse();
      }
    }
  }

  @Test
  void refusesToStartOnTheNetworkWithoutCredentials() {
    ServiceOptions open = new ServiceOptions(0, false, "0.0.0.0", Optional.empty(), false);

    assertThatThrownBy(() -> ServiceWiring.start(open))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without credentials");
  }

  @Test
  void startsOnTheNetworkWithoutCredentialsWhenExplicitlyAllowed() throws Exception {
    ServiceOptions open = new ServiceOptions(0, false, "0.0.0.0", Optional.empty(), true);

    try (RunningService service = ServiceWiring.start(open)) {
      assertThat(get(service, "/metrics", null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void bearerTokenGuardsMetricsAndHealthOnTheNetwork() throws Exception {
    ServiceOptions guarded =
        new ServiceOptions(
            0, false, "0.0.0.0", Optional.of(ScrapeCredentials.bearer(TOKEN)), false);

    try (RunningService service = ServiceWiring.start(guarded)) {
      for (String path : MONITORING) {
        HttpResponse<String> refused = get(service, path, null);
        assertThat(refused.statusCode()).as(path).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
            .as(path)
            .hasValue("Bearer realm=\"jarvis-telemetry\"");
        assertThat(refused.body()).doesNotContain("jarvis_", "status");
        assertThat(get(service, path, "Bearer not-" + TOKEN).statusCode()).isEqualTo(401);
        assertThat(get(service, path, "Bearer " + TOKEN).statusCode()).as(path).isIn(200, 503);
      }
      assertThat(get(service, "/metrics", "Bearer " + TOKEN).body())
          .contains("jarvis_api_requests_total");
    }
  }

  @Test
  void basicAuthGuardsMetricsAndHealthWhenConfigured() throws Exception {
    ServiceOptions guarded =
        ServiceOptions.parse(
            new String[] {"--port", "0", "--no-workload"},
            java.util.Map.of(
                ScrapeCredentials.USER_VARIABLE, "prometheus",
                ScrapeCredentials.PASSWORD_VARIABLE, "correct horse"));

    try (RunningService service = ServiceWiring.start(guarded)) {
      for (String path : MONITORING) {
        HttpResponse<String> refused = get(service, path, null);
        assertThat(refused.statusCode()).as(path).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
            .hasValue("Basic realm=\"jarvis-telemetry\", charset=\"UTF-8\"");
        assertThat(get(service, path, basic("prometheus", "wrong horse")).statusCode())
            .isEqualTo(401);
        assertThat(get(service, path, basic("prometheus", "correct horse")).statusCode())
            .as(path)
            .isIn(200, 503);
      }
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(RunningService service, String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(service.baseUri().resolve(path)).timeout(Duration.ofSeconds(10));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static boolean accepts(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<InetAddress> nonLoopbackAddresses() throws IOException {
    return NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .toList();
  }
}
