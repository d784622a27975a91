package dev.jarvis.telemetry.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
  private final JsonWriter json = new JsonWriter();

  @Test
  void escapesQuotesBackslashesAndEveryControlCharacter() {
    assertThat(stringValue("a\"b\\c/d")).isEqualTo("\"a\\\"b\\\\c/d\"");
    assertThat(stringValue("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
    assertThat(stringValue("\u0000\u0001\u001b\u001f \u007f"))
        .isEqualTo("\"\\u0000\\u0001\\u001b\\u001f \u007f\"");
  }

  @Test
  void escapesTheJavaScriptLineSeparators() {
    assertThat(stringValue("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
  }

  @Test
  void writesNonAsciiAsUtf8AndPairsAsOneCodePoint() {
    String text = "é€\uD83D\uDE00";

    byte[] line = line(() -> json.string(text));

    assertThat(line).isEqualTo(("\"" + text + "\"\n").getBytes(StandardCharsets.UTF_8));
    assertThat(line).hasSize(1 + 2 + 3 + 4 + 1 + 1);
  }

  @Test
  void escapesLoneSurrogates() {
    assertThat(stringValue("a\uD83Db")).isEqualTo("\"a\\ud83db\"");
    assertThat(stringValue("a\uDE00b")).isEqualTo("\"a\\ude00b\"");
    assertThat(stringValue("\uDE00\uD83D")).isEqualTo("\"\\ude00\\ud83d\"");
    assertThat(stringValue("end\uD83D")).isEqualTo("\"end\\ud83d\"");
  }

  @Test
  void aPairSplitBetweenPartsBecomesTwoEscapes() {
    String written =
        text(() -> json.beginString().stringPart("x\uD83D").stringPart("\uDE00").endString());

    assertThat(written).isEqualTo("\"x\\ud83d\\ude00\"");
    assertThat(LogEntrySchema.parse(written).textValue()).isEqualTo("x\uD83D\uDE00");
  }

  @Test
  void writesNamesWithCommasBetweenMembers() {
    String written =
        text(
            () ->
                json.beginObject()
                    .name("a")
                    .value(1)
                    .name("b")
                    .beginObject()
                    .name("c")
                    .value(true)
                    .name("d")
                    .value(null)
                    .endObject()
                    .name("metrics.e", "metrics.".length())
                    .beginObject()
                    .endObject()
                    .endObject());

    assertThat(written).isEqualTo("{\"a\":1,\"b\":{\"c\":true,\"d\":null},\"e\":{}}");
  }

  @Test
  void writesNumbersAsJsonNumbers() {
    assertThat(valueText(0)).isEqualTo("0");
    assertThat(valueText(-42)).isEqualTo("-42");
    assertThat(valueText(Long.MAX_VALUE)).isEqualTo("9223372036854775807");
    assertThat(valueText(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
    assertThat(valueText((short) 7)).isEqualTo("7");
    assertThat(valueText(new AtomicInteger(5))).isEqualTo("5");
    assertThat(valueText(0.5)).isEqualTo("0.5");
    assertThat(valueText(-0.0)).isEqualTo("-0.0");
    assertThat(valueText(1e-7)).isEqualTo("1.0E-7");
    assertThat(valueText(33.6f)).isEqualTo("33.6");
    assertThat(valueText(new BigDecimal("-1.50E+12"))).isEqualTo("-1.50E+12");
  }

  @Test
  void writesNonFiniteNumbersAsNull() {
    assertThat(valueText(Double.NaN)).isEqualTo("null");
    assertThat(valueText(Double.NEGATIVE_INFINITY)).isEqualTo("null");
    assertThat(valueText(Float.NaN)).isEqualTo("null");
    assertThat(valueText(Float.POSITIVE_INFINITY)).isEqualTo("null");
  }

  @Test
  void clearDropsAHalfWrittenLine() {
    json.beginObject().name("broken").beginString().stringPart("half");
    json.clear();

    assertThat(text(() -> json.beginObject().name("k").value("v").endObject()))
        .isEqualTo("{\"k\":\"v\"}");
  }

  @Test
  void growsForLongStrings() {
    String long1 = "\u0001".repeat(100_000);

    String written = stringValue(long1);

    assertThat(written).hasSize(2 + 6 * 100_000);
    assertThat(LogEntrySchema.parse(written).textValue()).isEqualTo(long1);
  }

  @Test
  void everyWriteIsRightWhereverTheFirstBufferRunsOut() {
    List<Consumer<JsonWriter>> values =
        List.of(
            writer -> writer.value(false),
            writer -> writer.value(null),
            writer -> writer.value(7),
            writer -> writer.value("é"),
            writer -> writer.beginObject().endObject());
    List<String> texts = List.of("false", "null", "7", "\"é\"", "{}");
    for (int shift = 1; shift <= 12; shift++) {
      for (int kind = 0; kind < values.size(); kind++) {
        // A fresh writer, so that its first buffer runs out at a different byte in each round.
        JsonWriter fresh = new JsonWriter();
        StringBuilder expected = new StringBuilder("{\"s\":\"" + "s".repeat(shift) + "\"");
        fresh.beginObject().name("s").string("s".repeat(shift));
        for (int member = 0; member < 200; member++) {
          values.get(kind).accept(fresh.name("k"));
          expected.append(",\"k\":").append(texts.get(kind));
        }
        fresh.endObject();

        assertThat(new String(fresh.finishLine(), StandardCharsets.UTF_8))
            .isEqualTo(expected.append("}\n").toString());
      }
    }
  }

  private String valueText(Object value) {
    return text(() -> json.value(value));
  }

  private String stringValue(String value) {
    return text(() -> json.string(value));
  }

  private String text(Runnable writing) {
    byte[] line = line(writing);
    return new String(line, 0, line.length - 1, StandardCharsets.UTF_8);
  }

  private byte[] line(Runnable writing) {
    json.clear();
    writing.run();
    return json.finishLine();
  }
}
