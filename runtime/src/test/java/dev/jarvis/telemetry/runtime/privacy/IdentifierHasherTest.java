package dev.jarvis.telemetry.runtime.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentifierHasherTest {
  private static final byte[] KEY = "0123456789abcdef0123".getBytes(StandardCharsets.UTF_8);

  @Test
  void unkeyedIsTheRoadmapsSha256CutToSixteenHexCharacters() throws Exception {
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest("+15551234567".getBytes(StandardCharsets.UTF_8)))
            .substring(0, 16);

    assertThat(IdentifierHasher.unkeyed().hash("+15551234567")).isEqualTo("sha256:" + expected);
  }

  @Test
  void keyedIsHmacNamedByItsKeyIdAndDiffersFromTheUnkeyedHash() throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(mac.doFinal("chat-42".getBytes(StandardCharsets.UTF_8)))
            .substring(0, 16);

    String hash = IdentifierHasher.keyed(KEY, "2026-12").hash("chat-42");
    assertThat(hash).isEqualTo("hmac:2026-12:" + expected);
    assertThat(hash).doesNotEndWith(IdentifierHasher.unkeyed().hash("chat-42").substring(7));
  }

  @Test
  void keyComesFromTheEnvironmentAndNeverShowsInToString() {
    IdentifierHasher hasher =
        IdentifierHasher.fromEnvironment(
            Map.of(
                IdentifierHasher.KEY_VARIABLE, "a-deployment-key-of-some-length",
                IdentifierHasher.KEY_ID_VARIABLE, "k1"));

    assertThat(hasher.isKeyed()).isTrue();
    assertThat(hasher.hash("x")).startsWith("hmac:k1:");
    assertThat(hasher.toString()).doesNotContain("a-deployment-key");
    assertThat(IdentifierHasher.fromEnvironment(Map.of()).isKeyed()).isFalse();
  }

  @Test
  void rejectsShortKeysAndKeyIdsThatCannotStandInALogLine() {
    assertThatThrownBy(() -> IdentifierHasher.keyed(new byte[8], "k"))
        .hasMessageContaining("at least 16 bytes");
    assertThatThrownBy(() -> IdentifierHasher.keyed(KEY, "bad id\n"))
        .hasMessageContaining("key id");
  }

  @Test
  void nullStaysNullAndUnicodeIsHashedAsUtf8() {
    IdentifierHasher hasher = IdentifierHasher.unkeyed();

    assertThat(hasher.hash(null)).isNull();
    assertThat(hasher.hash("\uD83D\uDE00 user")).matches("sha256:[0-9a-f]{16}");
    assertThat(hasher.hash("\uD800")).matches("sha256:[0-9a-f]{16}");
  }
}
