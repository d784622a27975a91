package dev.jarvis.telemetry.processor.writing;

import com.palantir.javapoet.CodeBlock;

/**
 * Writes text from the user's annotations, such as help texts and label values, as Java string
 * literals. JavaPoet's {@code $S} leaves U+2028 and U+2029 as they are, and its code writer then
 * breaks the line there, which cuts the literal in two and the recorder no longer compiles; here
 * they, and every other control character, become {@code \}{@code uXXXX} escapes.
 */
final class JavaLiterals {
  private JavaLiterals() {}

  /** The string literal of {@code text}, quotes included. */
  static CodeBlock of(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        case '\b' -> literal.append("\\b");
        case '\f' -> literal.append("\\f");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return CodeBlock.of("$L", literal.append('"').toString());
  }
}
