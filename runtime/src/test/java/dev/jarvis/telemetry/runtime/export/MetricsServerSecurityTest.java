package dev.jarvis.telemetry.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who can read {@code /metrics} from a {@link MetricsServer}, over real HTTP. */
class MetricsServerSecurityTest {
  private static final String TOKEN = "s3cr3t-Token_value.42";
  private static final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final JarvisTelemetry telemetry =
      JarvisTelemetry.builder().registry(new PrometheusRegistry()).build();

  @BeforeEach
  void recordSomething() {
    telemetry.counter("jarvis_api_requests_total", "Requests").labelValues().inc();
  }

  @Test
  void bindsToLoopbackByDefault() throws Exception {
    try (MetricsServer server = MetricsServer.builder(telemetry).port(0).start()) {
      assertThat(get(server.port(), null).statusCode()).isEqualTo(200);

      List<InetAddress> external = nonLoopbackAddresses();
      for (InetAddress address : external) {
        assertThat(accepts(address, server.port())).as("connect to %s", address).isFalse();
      }
    }
  }

  @Test
  void refusesToStartOnTheNetworkWithoutCredentials() {
    assertThatThrownBy(() -> MetricsServer.builder(telemetry).host("0.0.0.0").port(0).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without credentials")
        .hasMessageContaining(ScrapeCredentials.TOKEN_VARIABLE);
  }

  @Test
  void startsOnTheNetworkWithoutCredentialsOnlyWhenAllowed() throws Exception {
    try (MetricsServer server =
        MetricsServer.builder(telemetry).host("0.0.0.0").port(0).allowUnauthenticated().start()) {
      assertThat(get(server.port(), null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void bearerTokenIsRequiredOnTheNetwork() throws Exception {
    try (MetricsServer server =
        MetricsServer.builder(telemetry)
            .host("0.0.0.0")
            .port(0)
            .credentials(ScrapeCredentials.bearer(TOKEN))
            .start()) {
      HttpResponse<String> refused = get(server.port(), null);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer realm="));
      assertThat(refused.body()).doesNotContain("jarvis_api_requests_total");

      assertThat(get(server.port(), "Bearer wrong").statusCode()).isEqualTo(401);
      assertThat(get(server.port(), "Bearer " + TOKEN + "x").statusCode()).isEqualTo(401);
      assertThat(get(server.port(), "Basic " + TOKEN).statusCode()).isEqualTo(401);
      HttpResponse<String> served = get(server.port(), "Bearer " + TOKEN);
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(served.body()).contains("jarvis_api_requests_total 1.0");
      assertThat(get(server.port(), "bearer " + TOKEN).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void basicAuthIsRequiredWhenConfigured() throws Exception {
    try (MetricsServer server =
        MetricsServer.builder(telemetry)
            .port(0)
            .credentials(ScrapeCredentials.basic("prometheus", "pässword:with colon"))
            .start()) {
      HttpResponse<String> refused = get(server.port(), null);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .hasValue("Basic realm=\"jarvis-telemetry\", charset=\"UTF-8\"");

      assertThat(get(server.port(), basic("prometheus", "wrong")).statusCode()).isEqualTo(401);
      assertThat(get(server.port(), basic("other", "pässword:with colon")).statusCode())
          .isEqualTo(401);
      assertThat(get(server.port(), basic("prometheus", "pässword:with colon")).statusCode())
          .isEqualTo(200);
    }
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(int port, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
            .timeout(Duration.ofSeconds(10));
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
