package dev.jarvis.telemetry.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jarvis.telemetry.runtime.events.EventKeys;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AfterContainer;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Event fields of any key and any value type, including null keys, objects whose {@code toString()}
 * throws or returns null, exceptions, collections, huge numbers and megabyte strings, still make
 * exactly one valid line of the 4.2 schema, with no exception message in it.
 */
class HostileEventFieldsTest {
  private static final String AWKWARD_CHARS =
      "\"\\/\n\r\t\b\f\u0000\u001f\u007f\u2028\u2029\uD83D\uDE00\uDC00\uD800\uFFFFé.{}";
  private static final String SECRET = "SECRET-IN-EXCEPTION-MESSAGE";

  private final LoggedEvents events = new LoggedEvents();
  private final JarvisJsonEncoder encoder = events.startedEncoder();

  /** What the property below tried, printed for the reliability figures. */
  private static final AtomicLong eventsTried = new AtomicLong();

  private static final AtomicLong fieldsTried = new AtomicLong();

  @AfterContainer
  static void printWhatWasTried() {
    System.out.printf(
        "hostile event fields: %,d events with %,d fields tried, each one valid JSON line%n",
        eventsTried.get(), fieldsTried.get());
  }

  @Property(tries = 500)
  void anyFieldsMakeOneValidLine(
      @ForAll("fields") List<Tuple2<String, Object>> fields, @ForAll("text") String message) {
    eventsTried.incrementAndGet();
    fieldsTried.addAndGet(fields.size());
    byte[] line =
        encoder.encode(
            events.capture(
                logger -> {
                  LoggingEventBuilder builder = logger.atError().setMessage(message);
                  fields.forEach(
                      field ->
                          builder.addKeyValue(field.get1(), Misbehaving.resolve(field.get2())));
                  builder.setCause(new IllegalStateException(SECRET)).log();
                }));

    JsonNode entry = LogEntrySchema.requireValidLine(line);
    assertThat(entry.toString()).doesNotContain(SECRET);
    assertThat(entry.path("metadata").path("exception_type").asText())
        .isEqualTo(IllegalStateException.class.getName());
  }

  @Example
  void megabyteKeysAndValuesOfEverySectionMakeOneValidLine() {
    SplittableRandom random = new SplittableRandom(99);
    String huge = randomText(random, 1 << 20);

    JsonNode entry =
        LogEntrySchema.requireValidLine(
            encoder.encode(
                events.capture(
                    logger ->
                        logger
                            .atInfo()
                            .addKeyValue(EventKeys.TYPE, huge)
                            .addKeyValue(EventKeys.CATEGORY, huge)
                            .addKeyValue(EventKeys.CONTEXT + huge, huge)
                            .addKeyValue(EventKeys.METRICS + huge, huge)
                            .addKeyValue("trace_id", huge)
                            .addKeyValue("span_id", huge)
                            .log(huge))));

    assertThat(entry.path("event").path("type").asText()).hasSize(huge.length());
    assertThat(entry.has("trace_id")).isFalse();
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().withChars(AWKWARD_CHARS).ofMaxLength(30));
  }

  @Provide
  Arbitrary<List<Tuple2<String, Object>>> fields() {
    Arbitrary<String> keys =
        Arbitraries.oneOf(
            Arbitraries.of("", "context.", "metrics.", "metadata.", "event.", "trace_id")
                .flatMap(prefix -> text().map(name -> prefix + name)),
            Arbitraries.of(
                EventKeys.TYPE,
                EventKeys.CATEGORY,
                "trace_id",
                "span_id",
                "metadata.exception_type",
                "metadata.stack_trace",
                "context.",
                "metrics."),
            Arbitraries.just(null));
    return Combinators.combine(keys, values()).as(Tuple::of).list().ofMaxSize(15);
  }

  private Arbitrary<Object> values() {
    return Arbitraries.oneOf(
        text().map(Object.class::cast),
        Arbitraries.doubles().map(Object.class::cast),
        Arbitraries.floats().map(Object.class::cast),
        Arbitraries.longs().map(Object.class::cast),
        Arbitraries.<Object>of(
            Double.NaN,
            Float.NEGATIVE_INFINITY,
            new BigDecimal("1e-400"),
            new BigInteger("9".repeat(400)),
            new AtomicLong(-1),
            (short) 7,
            'x',
            '\uD800',
            true),
        Arbitraries.<Object>of(
            Misbehaving.THROWING_TO_STRING,
            Misbehaving.NULL_TO_STRING,
            new IllegalArgumentException(SECRET),
            new Error(SECRET),
            Optional.of(SECRET.toLowerCase()),
            Optional.empty(),
            Map.of("k", "v\n\"w\""),
            List.of(1, "two", List.of()),
            new char[] {'a', '\n'},
            new Object[] {null},
            "00000000000000000000000000000000",
            "0af7651916cd43dd8448eb211c80319c"),
        Arbitraries.just(null));
  }

  /**
   * Stands for a value that misbehaves, so that the property's own report of a failing sample,
   * which calls toString on every value, does not fail on it.
   */
  private enum Misbehaving {
    THROWING_TO_STRING,
    NULL_TO_STRING;

    static Object resolve(Object value) {
      if (value == THROWING_TO_STRING) {
        return new ThrowingToString();
      }
      return value == NULL_TO_STRING ? new NullToString() : value;
    }
  }

  /** A value whose text cannot be had. */
  private static final class ThrowingToString {
    @Override
    public String toString() {
      throw new IllegalStateException(SECRET);
    }
  }

  /** A value that breaks the contract of toString. */
  private static final class NullToString {
    @Override
    public String toString() {
      return null;
    }
  }

  private static String randomText(SplittableRandom random, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
    }
    return new String(chars);
  }
}
