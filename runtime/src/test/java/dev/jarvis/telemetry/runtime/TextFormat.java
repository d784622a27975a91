package dev.jarvis.telemetry.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strict reader of the Prometheus text format 0.0.4, to read an exposition back and find every
 * way it could be invalid: bytes that are not UTF-8, a sample without a preceding {@code # TYPE},
 * names outside their grammar, escapes other than {@code \\}, {@code \"} and {@code \n}, a label
 * twice in one sample, and the same series twice.
 */
final class TextFormat {
  private static final String METRIC_NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final String LABEL_NAME = "[a-zA-Z_][a-zA-Z0-9_]*";
  private static final Set<String> TYPES =
      Set.of("counter", "gauge", "histogram", "summary", "untyped");

  /**
   * One sample line.
   *
   * @param name the metric name of the line, with any {@code _total} or {@code _bucket} suffix
   * @param labels the label values, unescaped, in the order written
   * @param value the sample value
   */
  record Sample(String name, Map<String, String> labels, double value) {}

  private TextFormat() {}

  /** Reads every sample, or throws {@link IllegalArgumentException} saying what is invalid. */
  static List<Sample> parse(byte[] exposition) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(exposition))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the exposition is not valid UTF-8", e);
    }
    if (!text.isEmpty() && !text.endsWith("\n")) {
      throw new IllegalArgumentException("the exposition does not end with a line break");
    }
    List<Sample> samples = new ArrayList<>();
    Set<String> typed = new HashSet<>();
    Set<String> series = new HashSet<>();
    int lineNumber = 0;
    for (String line : text.split("\n", -1)) {
      lineNumber++;
      if (line.isEmpty()) {
        continue;
      }
      try {
        if (line.startsWith("# TYPE ")) {
          String[] parts = line.substring(7).split(" ", -1);
          require(parts.length == 2 && parts[0].matches(METRIC_NAME), "a malformed TYPE line");
          require(TYPES.contains(parts[1]), "an unknown type " + parts[1]);
          require(typed.add(parts[0]), "a second TYPE line for " + parts[0]);
        } else if (line.startsWith("# HELP ")) {
          String rest = line.substring(7);
          int space = rest.indexOf(' ');
          String name = space < 0 ? rest : rest.substring(0, space);
          require(name.matches(METRIC_NAME), "a malformed HELP line");
          if (space >= 0) {
            unescape(rest.substring(space + 1), false);
          }
        } else if (line.startsWith("#")) {
          continue;
        } else {
          Sample sample = sample(line);
          require(
              typed.contains(sample.name()) || typed.contains(family(sample.name())),
              "a sample of " + sample.name() + " without a TYPE line");
          require(
              series.add(sample.name() + sample.labels()),
              "the series " + sample.name() + sample.labels() + " twice");
          samples.add(sample);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "line " + lineNumber + ": " + e.getMessage() + ": " + abbreviate(line), e);
      }
    }
    return samples;
  }

  private static Sample sample(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ') {
      i++;
    }
    String name = line.substring(0, i);
    require(name.matches(METRIC_NAME), "a malformed metric name");
    Map<String, String> labels = new LinkedHashMap<>();
    if (i < line.length() && line.charAt(i) == '{') {
      i++;
      while (line.charAt(i) != '}') {
        int equals = line.indexOf('=', i);
        require(equals > i, "a label without '='");
        String labelName = line.substring(i, equals);
        require(labelName.matches(LABEL_NAME), "a malformed label name " + labelName);
        require(line.charAt(equals + 1) == '"', "a label value without quotes");
        int end = equals + 2;
        StringBuilder raw = new StringBuilder();
        while (line.charAt(end) != '"') {
          if (line.charAt(end) == '\\') {
            raw.append(line.charAt(end++));
          }
          raw.append(line.charAt(end++));
        }
        require(labels.put(labelName, unescape(raw.toString(), true)) == null, "a label twice");
        i = end + 1;
        if (line.charAt(i) == ',') {
          i++;
        } else {
          require(line.charAt(i) == '}', "labels not separated by ','");
        }
      }
      i++;
    }
    require(i < line.length() && line.charAt(i) == ' ', "no space before the value");
    String[] rest = line.substring(i + 1).split(" ", -1);
    require(rest.length == 1 || rest.length == 2, "more than a value and a timestamp");
    return new Sample(name, labels, value(rest[0]));
  }

  private static double value(String text) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> {
        require(text.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?"), "a malformed value " + text);
        yield Double.parseDouble(text);
      }
    };
  }

  private static String unescape(String text, boolean quoteAllowed) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      require(i + 1 < text.length(), "a trailing backslash");
      char escaped = text.charAt(++i);
      switch (escaped) {
        case '\\' -> out.append('\\');
        case 'n' -> out.append('\n');
        case '"' -> {
          require(quoteAllowed, "an escaped quote in help text");
          out.append('"');
        }
        default -> throw new IllegalArgumentException("the unknown escape \\" + escaped);
      }
    }
    return out.toString();
  }

  private static String family(String name) {
    for (String suffix : List.of("_total", "_bucket", "_count", "_sum", "_created")) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException("the exposition has " + problem);
    }
  }

  private static String abbreviate(String line) {
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
