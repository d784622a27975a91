package dev.jarvis.telemetry.runtime.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAnonymizerTest {
  private final IpAnonymizer anonymizer = new IpAnonymizer(IdentifierHasher.unkeyed());

  @ParameterizedTest
  @CsvSource({
    "192.168.1.77, 192.168.1.0",
    "10.0.0.1, 10.0.0.0",
    "127.0.0.1, 127.0.0.0",
    "2001:db8:85a3:8d3:1319:8a2e:370:7348, 2001:db8:85a3::",
    "[2001:db8:85a3::1], 2001:db8:85a3::",
    "::1, 0:0:0::",
    "::ffff:203.0.113.9, 203.0.113.0"
  })
  void keepsTheNetworkPrefixOnly(String address, String anonymized) {
    assertThat(anonymizer.anonymize(address)).isEqualTo(anonymized);
  }

  @Test
  void hashesWhatIsNotAnAddressLiteralWithoutAskingDns() {
    assertThat(anonymizer.anonymize("macbook-pro-001.local")).matches("sha256:[0-9a-f]{16}");
    assertThat(anonymizer.anonymize("999.1.1.1")).matches("sha256:[0-9a-f]{16}");
    assertThat(anonymizer.anonymize("1.2.3")).matches("sha256:[0-9a-f]{16}");
    assertThat(anonymizer.anonymize(null)).isNull();
  }
}
