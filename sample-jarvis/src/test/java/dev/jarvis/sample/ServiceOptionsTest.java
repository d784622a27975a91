package dev.jarvis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceOptionsTest {

  @Test
  void defaultsToTheRoadmapsScrapePortWithTheWorkload() {
    ServiceOptions options = ServiceOptions.parse(new String[0], Map.of());

    assertThat(options.port()).isEqualTo(8742);
    assertThat(options.workload()).isTrue();
  }

  @Test
  void takesThePortFromTheEnvironment() {
    ServiceOptions options = ServiceOptions.parse(new String[0], Map.of("JARVIS_PORT", "9100"));

    assertThat(options.port()).isEqualTo(9100);
  }

  @Test
  void prefersTheCommandLineToTheEnvironment() {
    ServiceOptions options =
        ServiceOptions.parse(
            new String[] {"--port", "9200", "--no-workload"}, Map.of("JARVIS_PORT", "9100"));

    assertThat(options.port()).isEqualTo(9200);
    assertThat(options.workload()).isFalse();
  }

  @Test
  void rejectsAnUnknownArgumentWithTheUsage() {
    assertThatThrownBy(() -> ServiceOptions.parse(new String[] {"--verbose"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown argument '--verbose'; " + ServiceOptions.USAGE);
  }

  @Test
  void rejectsAPortThatIsNotANumber() {
    assertThatThrownBy(() -> ServiceOptions.parse(new String[0], Map.of("JARVIS_PORT", "http")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JARVIS_PORT must be a port number, was 'http'");
  }

  @Test
  void rejectsAPortOutOfRange() {
    assertThatThrownBy(() -> ServiceOptions.parse(new String[] {"--port", "70000"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be between 0 and 65535, was 70000");
  }

  @Test
  void listensOnLoopbackWithoutCredentialsUnlessToldOtherwise() {
    ServiceOptions options = ServiceOptions.parse(new String[0], Map.of());

    assertThat(options.host()).isEqualTo("127.0.0.1");
    assertThat(options.credentials()).isEmpty();
    assertThat(options.allowUnauthenticated()).isFalse();
  }

  @Test
  void takesTheAddressAndTheCredentialsFromTheEnvironment() {
    ServiceOptions options =
        ServiceOptions.parse(
            new String[] {"--allow-unauthenticated"},
            Map.of("JARVIS_HOST", "0.0.0.0", "JARVIS_METRICS_TOKEN", "abc"));

    assertThat(options.host()).isEqualTo("0.0.0.0");
    assertThat(options.credentials())
        .hasValueSatisfying(c -> assertThat(c.permits("Bearer abc")).isTrue());
    assertThat(options.allowUnauthenticated()).isTrue();
    assertThat(ServiceOptions.parse(new String[] {"--host", "::1"}, Map.of()).host())
        .isEqualTo("::1");
  }
}
