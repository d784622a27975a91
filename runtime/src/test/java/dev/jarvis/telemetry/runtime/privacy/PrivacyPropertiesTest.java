package dev.jarvis.telemetry.runtime.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The privacy helpers take whatever an application passes, never throw, and keep their promise for
 * every input: truncation keeps a well-formed prefix of the right length and the original length,
 * hashing gives one fixed-size form that differs for different inputs and never shows the input,
 * and anonymizing gives a network prefix or a hash.
 */
class PrivacyPropertiesTest {
  private static final String AWKWARD_CHARS =
      "\"\\\n\r\t\u0000\u001f\u007f\u2028\uD83D\uDE00\uFFFF.:[]%0123456789abcdef?";
  private static final IdentifierHasher UNKEYED = IdentifierHasher.unkeyed();
  private static final IdentifierHasher KEYED =
      IdentifierHasher.keyed("0123456789abcdef".getBytes(StandardCharsets.UTF_8), "k1");

  @Property(tries = 500)
  void truncationKeepsAWellFormedPrefixAndTheOriginalLength(
      @ForAll("anyText") String text, @ForAll @IntRange(max = 2000) int maxLength) {
    TruncatedText truncated = TruncatedText.of(text, maxLength);

    if (text == null) {
      assertThat(truncated).isNull();
      assertThat(Privacy.truncate(text, maxLength)).isNull();
      assertThat(Privacy.length(text)).isNull();
      return;
    }
    String prefix = truncated.prefix();
    assertThat(text).startsWith(prefix);
    assertThat(prefix.length()).isLessThanOrEqualTo(maxLength);
    assertThat(prefix.length()).isGreaterThanOrEqualTo(Math.min(text.length(), maxLength) - 1);
    assertThat(truncated.originalLength()).isEqualTo(text.length());
    assertThat(truncated.isTruncated()).isEqualTo(text.length() > maxLength);
    if (truncated.isTruncated() && !prefix.isEmpty()) {
      assertThat(Character.isHighSurrogate(prefix.charAt(prefix.length() - 1))).isFalse();
    }
    assertThat(Privacy.truncate(text, maxLength)).isEqualTo(prefix);
    assertThat(Privacy.length(text)).isEqualTo(text.length());
  }

  @Property(tries = 500)
  void hashesHaveOneFormAndDifferForDifferentInputs(
      @ForAll("anyText") String first, @ForAll("anyText") String second) {
    for (IdentifierHasher hasher : List.of(UNKEYED, KEYED)) {
      String hash = hasher.hash(first);
      if (first == null) {
        assertThat(hash).isNull();
        continue;
      }
      assertThat(hash).matches(hasher.isKeyed() ? "hmac:k1:[0-9a-f]{16}" : "sha256:[0-9a-f]{16}");
      assertThat(hasher.hash(first)).isEqualTo(hash);
      if (second != null) {
        assertThat(hasher.hash(second).equals(hash)).isEqualTo(second.equals(first));
      }
    }
  }

  @Property(tries = 200)
  void loneSurrogatesHashApartFromEachOtherAndFromTheReplacementCharacter(
      @ForAll("surrogateText") String text) {
    String replaced = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

    if (!replaced.equals(text)) {
      assertThat(KEYED.hash(text)).isNotEqualTo(KEYED.hash(replaced));
      assertThat(UNKEYED.hash(text)).isNotEqualTo(UNKEYED.hash(replaced));
    }
  }

  @Property(tries = 300)
  void recentHashesAgreeWithTheHasherWhileStartingOver(
      @ForAll("anyTextList") List<String> identifiers) {
    RecentHashes recent = new RecentHashes(KEYED, 3);
    Privacy privacy = new Privacy(KEYED, 2);

    for (String identifier : identifiers) {
      assertThat(recent.hash(identifier)).isEqualTo(KEYED.hash(identifier));
      assertThat(privacy.hash(identifier)).isEqualTo(KEYED.hash(identifier));
    }
  }

  @Property(tries = 500)
  void anonymizingGivesANetworkPrefixOrAHash(@ForAll("addressLike") String address) {
    String anonymized = new Privacy(KEYED).anonymizeAddress(address);

    if (address == null) {
      assertThat(anonymized).isNull();
      return;
    }
    assertThat(anonymized)
        .matches(
            "(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.0)|([0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::)"
                + "|(hmac:k1:[0-9a-f]{16})");
    if (anonymized.startsWith("hmac:")) {
      assertThat(anonymized).isEqualTo(KEYED.hash(address));
    }
  }

  @Property(tries = 300)
  void anIpv4AddressKeepsItsFirstThreeOctets(
      @ForAll @IntRange(max = 255) int a,
      @ForAll @IntRange(max = 255) int b,
      @ForAll @IntRange(max = 255) int c,
      @ForAll @IntRange(max = 255) int d) {
    assertThat(new IpAnonymizer(KEYED).anonymize(a + "." + b + "." + c + "." + d))
        .isEqualTo(a + "." + b + "." + c + ".0");
  }

  @Example
  void megabyteInputsKeepEveryPromise() {
    String huge = randomText(new SplittableRandom(11), 1 << 20);
    Privacy privacy = new Privacy(KEYED);

    assertThat(privacy.hash(huge)).matches("hmac:k1:[0-9a-f]{16}");
    assertThat(privacy.anonymizeAddress(huge)).isEqualTo(KEYED.hash(huge));
    assertThat(Privacy.truncate(huge, 100).length()).isBetween(99, 100);
    assertThat(TruncatedText.of(huge, 1 << 21).isTruncated()).isFalse();
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.strings().all().ofMaxLength(40)),
        Tuple.of(4, Arbitraries.strings().withChars(AWKWARD_CHARS).ofMaxLength(20)),
        Tuple.of(1, Arbitraries.strings().all().ofMaxLength(5000)),
        Tuple.of(1, Arbitraries.just(null)));
  }

  @Provide
  Arbitrary<List<String>> anyTextList() {
    return anyText().list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<String> surrogateText() {
    return Arbitraries.strings()
        .withChars("ab?\uFFFD")
        .withCharRange('\uD800', '\uD803')
        .withCharRange('\uDC00', '\uDC03')
        .ofMaxLength(6);
  }

  @Provide
  Arbitrary<String> addressLike() {
    return Arbitraries.oneOf(
        anyText(),
        Arbitraries.strings().withChars("0123456789.:abcdef[]% ").ofMaxLength(45),
        Arbitraries.of(
            "::",
            "::1",
            "[::1]",
            "::ffff:10.1.2.3",
            "fe80::1%eth0",
            "256.1.1.1",
            "1.2.3",
            "01.02.03.004",
            "1.2.3.4.5",
            " 10.0.0.1 ",
            "localhost",
            "example.com"));
  }

  private static String randomText(SplittableRandom random, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
    }
    return new String(chars);
  }
}
