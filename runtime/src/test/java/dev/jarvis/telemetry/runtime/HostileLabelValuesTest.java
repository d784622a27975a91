package dev.jarvis.telemetry.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarvis.telemetry.runtime.TextFormat.Sample;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Whatever label values an application passes for {@code String} labels, recording must not throw,
 * the exposition must stay valid text format 0.0.4 (read back by a strict parser and by the real
 * {@code promtool check metrics}), and each value must come back as its own series with its exact
 * count: the value itself when it is well-formed text of at most {@value LabelValues#MAX_LENGTH}
 * chars, else the form {@link LabelValues#normalize} gives it.
 */
class HostileLabelValuesTest {
  /** Every UTF-16 unit that needs care in the text format or in UTF-8. */
  private static final String AWKWARD_CHARS =
      "\"\\\n\r\t\b\f\u0000\u0001\u001f\u007f\u0080\u2028\u2029\uD83D\uDE00\uFFFF\uFEFFé€a{}=,# ";

  /** What the properties below tried, printed for the reliability figures. */
  private static final AtomicLong valuesTried = new AtomicLong();

  private static final AtomicLong nullsTried = new AtomicLong();
  private static final AtomicLong valuesCut = new AtomicLong();

  @AfterContainer
  static void printWhatWasTried() {
    System.out.printf(
        "hostile label values: %,d values tried (%,d null, %,d longer than %,d chars), every"
            + " exposition valid%n",
        valuesTried.get(), nullsTried.get(), valuesCut.get(), LabelValues.MAX_LENGTH);
  }

  @Property(tries = 300)
  void anyLabelValuesAreRecordedAsValidSeriesWithExactCounts(
      @ForAll("labelValueLists") List<String> values) {
    tally(values);
    PrometheusRegistry registry = new PrometheusRegistry();
    OpenSeries<CounterDataPoint> series = counterSeries(registry);

    for (String value : values) {
      series.get(value, "fixed").inc();
    }

    Map<String, Long> expected = new HashMap<>();
    values.forEach(value -> expected.merge(expectedForm(value), 1L, Long::sum));
    Map<String, Double> recorded = new HashMap<>();
    for (Sample sample : TextFormat.parse(exposition(registry))) {
      if (sample.name().equals("jarvis_api_requests_total")) {
        assertThat(sample.labels().get("kind")).isEqualTo("fixed");
        recorded.put(sample.labels().get("endpoint"), sample.value());
      }
      assertThat(sample.name()).isNotEqualTo("jarvis_telemetry_recording_errors_total");
    }
    assertThat(recorded).hasSameSizeAs(expected);
    expected.forEach(
        (value, count) -> assertThat(recorded.get(value)).as(value).isEqualTo(count.doubleValue()));
  }

  @Property(tries = 100)
  void anyLabelValuesOfCallbackGaugesAreExposedValidly(
      @ForAll("labelValueLists") List<String> values) {
    tally(values);
    PrometheusRegistry registry = new PrometheusRegistry();
    JarvisTelemetry telemetry = JarvisTelemetry.builder().registry(registry).build();
    CallbackGauge gauge =
        telemetry.callbackGauge("jarvis_model_memory_bytes", "Memory", "model_id");

    for (String value : values) {
      gauge.register(() -> 1.0, value);
    }

    long distinct = values.stream().map(HostileLabelValuesTest::expectedForm).distinct().count();
    assertThat(
            TextFormat.parse(exposition(registry)).stream()
                .filter(sample -> sample.name().equals("jarvis_model_memory_bytes"))
                .map(sample -> sample.labels().get("model_id"))
                .toList())
        .hasSize((int) distinct)
        .containsExactlyInAnyOrderElementsOf(
            values.stream().map(HostileLabelValuesTest::expectedForm).distinct().toList());
  }

  @Property(tries = 15)
  void promtoolAcceptsTheExpositionOfAnyLabelValues(@ForAll("labelValueLists") List<String> values)
      throws Exception {
    tally(values);
    PrometheusRegistry registry = new PrometheusRegistry();
    OpenSeries<CounterDataPoint> series = counterSeries(registry);
    values.forEach(value -> series.get(value, "fixed").inc());

    PromtoolMetricsCheck.Result result = PromtoolMetricsCheck.check(exposition(registry));

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  @Example
  void everyAwkwardCharacterAndAMegabyteValuePassPromtool() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    OpenSeries<CounterDataPoint> series = counterSeries(registry);
    List<String> values = new ArrayList<>();
    for (char c : AWKWARD_CHARS.toCharArray()) {
      values.add(String.valueOf(c));
    }
    values.addAll(Arrays.asList(null, "", "\uD800", "\uDC00", "\uDC00\uD800", "a\uD800b"));
    values.add(randomText(new SplittableRandom(7), 1 << 20));
    // A pair, and a lone high surrogate, right where a long value is cut.
    values.add("p".repeat(LabelValues.MAX_LENGTH - 1) + "\uD83D\uDE00");
    values.add("q".repeat(LabelValues.MAX_LENGTH - 1) + "\uD83Dx");
    tally(values);
    values.forEach(value -> series.get(value, "fixed").inc());

    byte[] exposition = exposition(registry);
    PromtoolMetricsCheck.Result result = PromtoolMetricsCheck.check(exposition);

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(TextFormat.parse(exposition)).hasSizeGreaterThan(AWKWARD_CHARS.length());
  }

  @Provide
  Arbitrary<List<String>> labelValueLists() {
    Arbitrary<String> value =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.strings().all().ofMaxLength(30)),
            Tuple.of(4, Arbitraries.strings().withChars(AWKWARD_CHARS).ofMaxLength(12)),
            Tuple.of(1, Arbitraries.strings().all().ofMinLength(900).ofMaxLength(3000)),
            Tuple.of(1, Arbitraries.just(null)));
    return value.list().ofMaxSize(40);
  }

  private static void tally(List<String> values) {
    valuesTried.addAndGet(values.size());
    for (String value : values) {
      if (value == null) {
        nullsTried.incrementAndGet();
      } else if (value.length() > LabelValues.MAX_LENGTH) {
        valuesCut.incrementAndGet();
      }
    }
  }

  private static OpenSeries<CounterDataPoint> counterSeries(PrometheusRegistry registry) {
    JarvisTelemetry telemetry = JarvisTelemetry.builder().registry(registry).build();
    return telemetry.openSeries(
        "jarvis_api_requests_total",
        2,
        telemetry.counter("jarvis_api_requests_total", "Requests", "endpoint", "kind")
            ::labelValues);
  }

  /**
   * The rule, written out independently of the runtime: null is empty, a lone surrogate becomes
   * U+FFFD, and the text is cut after {@value LabelValues#MAX_LENGTH} chars, before a pair that
   * would straddle the cut.
   */
  private static String expectedForm(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder form = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      int codePoint = value.codePointAt(i);
      int width = Character.charCount(codePoint);
      if (Character.isSurrogate((char) codePoint) && width == 1) {
        codePoint = 0xFFFD;
      }
      if (form.length() + Character.charCount(codePoint) > LabelValues.MAX_LENGTH) {
        break;
      }
      form.appendCodePoint(codePoint);
      i += width;
    }
    return form.toString();
  }

  static byte[] exposition(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Uniformly random UTF-16 units, so also lone surrogates and every control character. */
  static String randomText(SplittableRandom random, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
    }
    return new String(chars);
  }
}
