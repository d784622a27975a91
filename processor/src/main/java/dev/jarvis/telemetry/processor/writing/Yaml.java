package dev.jarvis.telemetry.processor.writing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes YAML scalars for the generated rule files: plain where nothing can be misread,
 * single-quoted where the text could be taken for a number, a boolean or syntax, a literal block
 * where it spans lines, and double-quoted with escapes where it holds control characters.
 */
final class Yaml {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:/-]*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

  private Yaml() {}

  /**
   * The text as a scalar to follow {@code key: }; a literal block's lines are indented by {@code
   * indent} spaces.
   */
  static String scalar(String text, int indent) {
    if (text.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)) {
      return doubleQuoted(text);
    }
    if (text.indexOf('\n') >= 0) {
      return literalBlock(text, indent);
    }
    if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    return "'" + text.replace("'", "''") + "'";
  }

  /** Keeps every line as written; trailing blanks and blank first and last lines are dropped. */
  private static String literalBlock(String text, int indent) {
    StringBuilder block = new StringBuilder("|-");
    String margin = " ".repeat(indent);
    for (String line : text.strip().split("\n", -1)) {
      String kept = line.stripTrailing();
      block.append('\n').append(kept.isEmpty() ? "" : margin + kept);
    }
    return block.toString();
  }

  private static String doubleQuoted(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c == '\n') {
        quoted.append("\\n");
      } else if (c < 0x20 || c == 0x7f) {
        quoted.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
