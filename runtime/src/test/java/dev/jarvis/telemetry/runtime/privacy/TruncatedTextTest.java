package dev.jarvis.telemetry.runtime.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TruncatedTextTest {

  @Test
  void keepsThePrefixAndTheOriginalLength() {
    String message = "see you at the station at nine";
    TruncatedText text = TruncatedText.of(message, 8);

    assertThat(text.prefix()).isEqualTo("see you ");
    assertThat(text.originalLength()).isEqualTo(message.length()).isEqualTo(30);
    assertThat(text.isTruncated()).isTrue();
  }

  @Test
  void shortTextIsKeptWhole() {
    TruncatedText text = TruncatedText.of("ok", 8);

    assertThat(text.prefix()).isEqualTo("ok");
    assertThat(text.isTruncated()).isFalse();
  }

  @Test
  void neverCutsASurrogatePairInHalf() {
    TruncatedText text = TruncatedText.of("ab\uD83D\uDE00cd", 3);

    assertThat(text.prefix()).isEqualTo("ab");
    assertThat(text.originalLength()).isEqualTo(6);
  }

  @Test
  void nullStaysNullAndANegativeLengthIsRefused() {
    assertThat(TruncatedText.of(null, 3)).isNull();
    assertThatThrownBy(() -> TruncatedText.of("x", -1)).hasMessageContaining("maxLength");
  }
}
