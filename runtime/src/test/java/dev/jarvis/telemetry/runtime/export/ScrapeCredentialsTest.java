package dev.jarvis.telemetry.runtime.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScrapeCredentialsTest {

  @Test
  void bearerTokenComesFromTheEnvironmentBeforeBasicAuth() {
    ScrapeCredentials credentials =
        ScrapeCredentials.fromEnvironment(
                Map.of(
                    ScrapeCredentials.TOKEN_VARIABLE, "abc",
                    ScrapeCredentials.USER_VARIABLE, "u",
                    ScrapeCredentials.PASSWORD_VARIABLE, "p"))
            .orElseThrow();

    assertThat(credentials.permits("Bearer abc")).isTrue();
    assertThat(credentials.permits(MetricsServerSecurityTest.basic("u", "p"))).isFalse();
  }

  @Test
  void basicAuthNeedsUserAndPasswordTogether() {
    assertThat(
            ScrapeCredentials.fromEnvironment(
                    Map.of(
                        ScrapeCredentials.USER_VARIABLE, "u",
                        ScrapeCredentials.PASSWORD_VARIABLE, "p"))
                .orElseThrow()
                .permits(MetricsServerSecurityTest.basic("u", "p")))
        .isTrue();
    assertThatThrownBy(
            () -> ScrapeCredentials.fromEnvironment(Map.of(ScrapeCredentials.USER_VARIABLE, "u")))
        .hasMessageContaining("must be set together");
    assertThat(ScrapeCredentials.fromEnvironment(Map.of())).isEmpty();
  }

  @Test
  void malformedHeadersArePermittedNothing() {
    ScrapeCredentials credentials = ScrapeCredentials.bearer("abc");

    for (String header :
        new String[] {null, "", "Bearer", "Bearer ", "abc", "Bearerabc", "X abc"}) {
      assertThat(credentials.permits(header)).as(String.valueOf(header)).isFalse();
    }
    assertThat(credentials.permits("  Bearer   abc  ")).isTrue();
  }

  @Test
  void theSecretNeverShowsInText() {
    assertThat(ScrapeCredentials.bearer("topsecret").toString()).doesNotContain("topsecret");
    assertThat(ScrapeCredentials.basic("u", "topsecret").toString()).doesNotContain("topsecret");
  }

  @Test
  void tokensThatCannotStandInAHeaderAreRefused() {
    assertThatThrownBy(() -> ScrapeCredentials.bearer("two words")).hasMessageContaining("bearer");
    assertThatThrownBy(() -> ScrapeCredentials.bearer("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> ScrapeCredentials.basic("a:b", "p")).hasMessageContaining("':'");
  }

  @Test
  void onlyLoopbackAddressesAreLoopback() {
    assertThat(NetworkExposure.isLoopback("127.0.0.1")).isTrue();
    assertThat(NetworkExposure.isLoopback("::1")).isTrue();
    assertThat(NetworkExposure.isLoopback("localhost")).isTrue();
    assertThat(NetworkExposure.isLoopback("0.0.0.0")).isFalse();
    assertThat(NetworkExposure.isLoopback("192.0.2.10")).isFalse();
  }
}
