package dev.jarvis.telemetry.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jarvis.telemetry.runtime.events.EventKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.slf4j.Logger;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Whatever an application logs, each event must stay one line of valid JSON in the 4.2 schema, and
 * the text it logged must come back unchanged from a JSON reader.
 */
class JarvisJsonEncoderPropertiesTest {
  /** Every UTF-16 unit that needs care: escapes, a surrogate pair, and its halves alone. */
  private static final String AWKWARD_CHARS =
      "\"\\/\n\r\t\b\f\u0000\u0001\u001f\u007f\u0080\u2028\u2029\uD83D\uDE00\uFFFFé€a{}.";

  private final LoggedEvents events = new LoggedEvents();
  private final JarvisJsonEncoder encoder = events.startedEncoder();

  @Property(tries = 400)
  void anyMessageComesBackUnchanged(@ForAll("anyText") String message) {
    JsonNode entry = encode(logger -> logger.atInfo().setMessage(message).log());

    assertThat(entry.get("message").textValue()).isEqualTo(message);
  }

  @Property(tries = 300)
  void wellFormedTextComesBackUnchangedAsMessageNameAndValue(
      @ForAll("wellFormedText") String text) {
    JsonNode entry =
        encode(
            logger ->
                logger
                    .atWarn()
                    .setMessage(text)
                    .addKeyValue(EventKeys.CONTEXT + text, text)
                    .addKeyValue(EventKeys.TYPE, text)
                    .log());

    assertThat(entry.get("message").textValue()).isEqualTo(text);
    assertThat(entry.get("context").get(text).textValue()).isEqualTo(text);
    assertThat(entry.get("event").get("type").textValue()).isEqualTo(text);
  }

  @Property(tries = 400)
  void pairsLandWhereTheirKeysSayAndLaterOnesWin(
      @ForAll("pairs") List<Tuple2<String, Object>> pairs) {
    JsonNode entry =
        encode(
            logger -> {
              LoggingEventBuilder builder = logger.atInfo();
              pairs.forEach(pair -> builder.addKeyValue(pair.get1(), pair.get2()));
              builder.log("m");
            });

    Map<String, Map<String, Object>> expected = new HashMap<>();
    for (Tuple2<String, Object> pair : pairs) {
      Tuple2<String, String> place = expectedPlace(pair.get1(), pair.get2());
      if (place != null) {
        expected
            .computeIfAbsent(place.get1(), section -> new HashMap<>())
            .put(place.get2(), pair.get2());
      }
    }
    for (String section : List.of("context", "metrics", "metadata")) {
      Map<String, Object> fields = expected.getOrDefault(section, Map.of());
      assertThat(entry.has(section)).as(section).isEqualTo(!fields.isEmpty());
      if (!fields.isEmpty()) {
        assertThat(entry.get(section).size()).as(section).isEqualTo(fields.size());
        fields.forEach((name, value) -> assertSameValue(entry.get(section).get(name), value));
      }
    }
    Map<String, Object> event = expected.getOrDefault("event", Map.of());
    assertThat(entry.get("event").get("type").textValue())
        .isEqualTo(
            String.valueOf(event.getOrDefault("type", JarvisJsonEncoder.DEFAULT_EVENT_TYPE)));
    assertThat(entry.get("event").get("category").textValue())
        .isEqualTo(
            String.valueOf(
                event.getOrDefault("category", JarvisJsonEncoder.DEFAULT_EVENT_CATEGORY)));
  }

  @Property(tries = 300)
  void finiteNumbersComeBackExactly(@ForAll double real, @ForAll float single, @ForAll long whole) {
    JsonNode metrics =
        encode(
                logger ->
                    logger
                        .atInfo()
                        .addKeyValue("metrics.real", real)
                        .addKeyValue("metrics.single", single)
                        .addKeyValue("metrics.whole", whole)
                        .log("m"))
            .get("metrics");

    assertSameValue(metrics.get("real"), real);
    assertSameValue(metrics.get("single"), single);
    assertSameValue(metrics.get("whole"), whole);
  }

  @Property(tries = 50)
  void nonFiniteNumbersBecomeNull(@ForAll("nonFinite") Number number) {
    JsonNode entry =
        encode(
            logger ->
                logger
                    .atInfo()
                    .addKeyValue("metrics.value", number)
                    .addKeyValue("metadata.value", number)
                    .addKeyValue("context.value", number)
                    .log("m"));

    assertThat(entry.get("metrics").get("value").isNull()).isTrue();
    assertThat(entry.get("metadata").get("value").isNull()).isTrue();
    assertThat(entry.get("context").get("value").isNull()).isTrue();
  }

  @Example
  void megabyteStringsStayOneValidLine() {
    SplittableRandom random = new SplittableRandom(2026);
    String message = randomText(random, 1 << 20);
    String name = randomText(random, 1 << 20);
    String value = randomText(random, 1 << 20);

    JsonNode entry =
        encode(logger -> logger.atInfo().setMessage(message).addKeyValue(name, value).log());

    assertThat(entry.get("message").textValue()).isEqualTo(message);
    assertThat(entry.get("metadata").get(name).textValue()).isEqualTo(value);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.strings().all().ofMaxLength(50)),
        Tuple.of(4, Arbitraries.strings().withChars(AWKWARD_CHARS).ofMaxLength(80)),
        Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20_000)));
  }

  @Provide
  Arbitrary<String> wellFormedText() {
    Arbitrary<Integer> basic =
        Arbitraries.integers()
            .between(0, 0xFFFF)
            .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE);
    Arbitrary<Integer> supplementary =
        Arbitraries.integers().between(Character.MIN_SUPPLEMENTARY_CODE_POINT, 0x10FFFF);
    return Arbitraries.oneOf(basic, supplementary)
        .list()
        .ofMaxSize(300)
        .map(
            codePoints -> {
              StringBuilder text = new StringBuilder();
              codePoints.forEach(text::appendCodePoint);
              return text.toString();
            });
  }

  @Provide
  Arbitrary<List<Tuple2<String, Object>>> pairs() {
    Arbitrary<String> keys =
        Arbitraries.oneOf(
                Arbitraries.of("", "context.", "metrics.", "metadata.", "event.")
                    .flatMap(prefix -> anyShortText().map(name -> prefix + name)),
                Arbitraries.of(EventKeys.TYPE, EventKeys.CATEGORY, "a", "metadata.a", "context.a"))
            .filter(key -> !key.equals("trace_id") && !key.equals("span_id"));
    return Combinators.combine(keys, values()).as(Tuple::of).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<Number> nonFinite() {
    return Arbitraries.of(
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Float.NaN,
        Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY);
  }

  private Arbitrary<String> anyShortText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(6),
        Arbitraries.strings().withChars(AWKWARD_CHARS).ofMaxLength(6));
  }

  private Arbitrary<Object> values() {
    return Arbitraries.oneOf(
        anyShortText().map(Object.class::cast),
        Arbitraries.integers().map(Object.class::cast),
        Arbitraries.longs().map(Object.class::cast),
        Arbitraries.doubles().map(Object.class::cast),
        nonFinite().map(Object.class::cast),
        Arbitraries.of(true, false).map(Object.class::cast),
        Arbitraries.<Object>just(null));
  }

  /** Section and field name the roadmap's prefixes give a pair; null if the pair has no place. */
  private static Tuple2<String, String> expectedPlace(String key, Object value) {
    if (key.equals(EventKeys.TYPE) || key.equals(EventKeys.CATEGORY)) {
      return value == null ? null : Tuple.of("event", key.substring("event.".length()));
    }
    if (key.startsWith(EventKeys.CONTEXT)) {
      return Tuple.of("context", key.substring(EventKeys.CONTEXT.length()));
    }
    if (key.startsWith(EventKeys.METRICS) && (value == null || value instanceof Number)) {
      return Tuple.of("metrics", key.substring(EventKeys.METRICS.length()));
    }
    if (key.startsWith(EventKeys.METADATA)) {
      return Tuple.of("metadata", key.substring(EventKeys.METADATA.length()));
    }
    return Tuple.of("metadata", key);
  }

  private static void assertSameValue(JsonNode node, Object expected) {
    assertThat(node).as("field for %s", expected).isNotNull();
    if (expected == null) {
      assertThat(node.isNull()).isTrue();
    } else if (expected instanceof String text) {
      assertThat(node.textValue()).isEqualTo(text);
    } else if (expected instanceof Boolean bool) {
      assertThat(node.isBoolean()).isTrue();
      assertThat(node.booleanValue()).isEqualTo(bool);
    } else if (expected instanceof Integer || expected instanceof Long) {
      assertThat(node.isIntegralNumber()).isTrue();
      assertThat(node.longValue()).isEqualTo(((Number) expected).longValue());
    } else if (expected instanceof Float single) {
      assertThat(node.isNull()).isEqualTo(!Float.isFinite(single));
      assertThat(node.floatValue()).isEqualTo(Float.isFinite(single) ? single : 0f);
    } else {
      double real = ((Number) expected).doubleValue();
      assertThat(node.isNull()).isEqualTo(!Double.isFinite(real));
      assertThat(node.doubleValue()).isEqualTo(Double.isFinite(real) ? real : 0.0);
    }
  }

  /** Uniformly random UTF-16 units, so also lone surrogates and every control character. */
  private static String randomText(SplittableRandom random, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
    }
    return new String(chars);
  }

  private JsonNode encode(Consumer<Logger> logging) {
    return LogEntrySchema.requireValidLine(encoder.encode(events.capture(logging)));
  }
}
