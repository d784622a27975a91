package dev.jarvis.telemetry.processor.writing;

import dev.jarvis.telemetry.processor.promql.PromQlNumbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers and booleans as indented JSON, members in the
 * maps' order, so that the same tree always gives the same bytes. Numbers are written without float
 * noise or exponent; a double that holds an integer is written as one.
 */
final class Json {
  private static final String INDENT = "  ";

  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, "", out);
    return out.append('\n').toString();
  }

  private static void write(Object value, String indent, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      writeObject(map, indent, out);
    } else if (value instanceof List<?> list) {
      writeArray(list, indent, out);
    } else if (value instanceof String string) {
      writeString(string, out);
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Double number) {
      out.append(PromQlNumbers.format(number));
    } else if (value instanceof BigDecimal number) {
      out.append(PromQlNumbers.format(number));
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value == null) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass());
    }
  }

  private static void writeObject(Map<?, ?> map, String indent, StringBuilder out) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + INDENT;
    out.append("{\n");
    boolean first = true;
    for (Map.Entry<?, ?> member : map.entrySet()) {
      if (!first) {
        out.append(",\n");
      }
      first = false;
      out.append(inner);
      writeString((String) member.getKey(), out);
      out.append(": ");
      write(member.getValue(), inner, out);
    }
    out.append('\n').append(indent).append('}');
  }

  private static void writeArray(List<?> list, String indent, StringBuilder out) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent + INDENT;
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(",\n");
      }
      out.append(inner);
      write(list.get(i), inner, out);
    }
    out.append('\n').append(indent).append(']');
  }

  private static void writeString(String string, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
