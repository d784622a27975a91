package dev.jarvis.telemetry.processor.promql;

import dev.jarvis.telemetry.processor.promql.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits PromQL into tokens: names, numbers, durations, strings, operators and brackets. Comments
 * ({@code #} to the end of the line) and white space are dropped, and brackets must balance. A
 * {@code :} inside square brackets separates a subquery's range from its step; anywhere else it
 * belongs to a name, since recording rule names contain colons. For a Grafana query, a variable
 * such as {@code $__rate_interval} is read as a duration where a range is written.
 */
final class PromQlScanner {
  private static final Pattern NUMBER =
      Pattern.compile("0[xX][0-9a-fA-F]+|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final List<String> TWO_CHARACTER_OPERATORS =
      List.of("==", "!=", ">=", "<=", "=~", "!~");
  private static final String ONE_CHARACTER_OPERATORS = "=<>+-*/%^@";
  private static final Map<Character, Kind> BRACKETS =
      Map.of(
          '(', Kind.LEFT_PAREN,
          ')', Kind.RIGHT_PAREN,
          '{', Kind.LEFT_BRACE,
          '}', Kind.RIGHT_BRACE,
          '[', Kind.LEFT_BRACKET,
          ']', Kind.RIGHT_BRACKET);
  private static final Map<Character, Character> OPENER_OF = Map.of(')', '(', '}', '{', ']', '[');

  private final String text;
  private final boolean grafanaVariables;
  private final Deque<Token> open = new ArrayDeque<>();
  private final List<Token> tokens = new ArrayList<>();
  private int position;

  private PromQlScanner(String text, boolean grafanaVariables) {
    this.text = text;
    this.grafanaVariables = grafanaVariables;
  }

  /** The tokens of the text, in order. */
  static List<Token> scan(String text) throws PromQlSyntaxException {
    return new PromQlScanner(text, false).run();
  }

  /** The tokens of a Grafana query, where a range may be a variable such as {@code $__range}. */
  static List<Token> scanGrafanaQuery(String text) throws PromQlSyntaxException {
    return new PromQlScanner(text, true).run();
  }

  private List<Token> run() throws PromQlSyntaxException {
    for (skipBlanksAndComments(); position < text.length(); skipBlanksAndComments()) {
      char c = text.charAt(position);
      if (c == '"' || c == '\'') {
        tokens.add(quoted(c));
      } else if (c == '`') {
        tokens.add(raw());
      } else if (isDigit(c) || (c == '.' && isDigit(charAt(position + 1)))) {
        tokens.add(numberOrDuration());
      } else if (Character.isLetter(c) || c == '_' || (c == ':' && !inBrackets())) {
        tokens.add(name());
      } else if (c == '$' && grafanaVariables && inBrackets()) {
        tokens.add(variable());
      } else {
        tokens.add(punctuation(c));
      }
    }
    if (!open.isEmpty()) {
      Token unclosed = open.peek();
      throw new PromQlSyntaxException(
          "'" + unclosed.text() + "' is never closed", unclosed.offset());
    }
    return List.copyOf(tokens);
  }

  private void skipBlanksAndComments() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '#') {
        int end = text.indexOf('\n', position);
        position = end < 0 ? text.length() : end;
      } else if (Character.isWhitespace(c)) {
        position++;
      } else {
        return;
      }
    }
  }

  private Token name() {
    int start = position;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (Character.isLetterOrDigit(c) || c == '_' || (c == ':' && !inBrackets())) {
        position++;
      } else {
        break;
      }
    }
    String name = text.substring(start, position);
    return new Token(Kind.IDENTIFIER, name, name, start);
  }

  /** A Grafana variable standing for a duration, such as {@code $__rate_interval}. */
  private Token variable() {
    int start = position++;
    while (position < text.length()
        && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
      position++;
    }
    String variable = text.substring(start, position);
    return new Token(Kind.DURATION, variable, variable, start);
  }

  /**
   * A number ({@code 0.5}, {@code 7e9}, {@code 0x1F}) or a duration ({@code 5m}, {@code 1h30m}):
   * both start with a digit, and only the letters after it tell them apart.
   */
  private Token numberOrDuration() throws PromQlSyntaxException {
    int start = position;
    while (position < text.length()) {
      char c = text.charAt(position);
      boolean exponentSign =
          (c == '+' || c == '-')
              && (text.charAt(position - 1) == 'e' || text.charAt(position - 1) == 'E')
              && !text.startsWith("0x", start)
              && !text.startsWith("0X", start);
      if (Character.isLetterOrDigit(c) || c == '.' || exponentSign) {
        position++;
      } else {
        break;
      }
    }
    String written = text.substring(start, position);
    if (NUMBER.matcher(written).matches()) {
      return new Token(Kind.NUMBER, written, written, start);
    }
    if (PromDuration.parse(written).isPresent()) {
      return new Token(Kind.DURATION, written, written, start);
    }
    throw new PromQlSyntaxException("'" + written + "' is neither a number nor a duration", start);
  }

  private Token quoted(char quote) throws PromQlSyntaxException {
    int start = position++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (position >= text.length() || text.charAt(position) == '\n') {
        throw new PromQlSyntaxException("the string is never closed", start);
      }
      char c = text.charAt(position++);
      if (c == quote) {
        return new Token(Kind.STRING, text.substring(start, position), value.toString(), start);
      }
      if (c == '\\') {
        escape(quote, value);
      } else {
        value.append(c);
      }
    }
  }

  /** Resolves the escape after a backslash as Go, whose string syntax PromQL uses, does. */
  private void escape(char quote, StringBuilder value) throws PromQlSyntaxException {
    int start = position - 1;
    if (position >= text.length()) {
      throw new PromQlSyntaxException("the string is never closed", start);
    }
    char c = text.charAt(position++);
    switch (c) {
      case 'a' -> value.append('\u0007');
      case 'b' -> value.append('\b');
      case 'f' -> value.append('\f');
      case 'n' -> value.append('\n');
      case 'r' -> value.append('\r');
      case 't' -> value.append('\t');
      case 'v' -> value.append('\u000b');
      case '\\' -> value.append('\\');
      case 'x' -> value.appendCodePoint(digits(16, 2, start));
      case 'u' -> value.appendCodePoint(digits(16, 4, start));
      case 'U' -> value.appendCodePoint(digits(16, 8, start));
      default -> {
        if (c == quote) {
          value.append(c);
        } else if (c >= '0' && c <= '7') {
          position--;
          value.appendCodePoint(digits(8, 3, start));
        } else {
          throw new PromQlSyntaxException("unknown escape sequence '\\" + c + "'", start);
        }
      }
    }
  }

  private int digits(int radix, int count, int escapeStart) throws PromQlSyntaxException {
    int end = position + count;
    try {
      if (end > text.length()) {
        throw new NumberFormatException();
      }
      int codePoint = Integer.parseInt(text.substring(position, end), radix);
      if (!Character.isValidCodePoint(codePoint)) {
        throw new NumberFormatException();
      }
      position = end;
      return codePoint;
    } catch (NumberFormatException e) {
      throw new PromQlSyntaxException(
          "escape sequence '"
              + text.substring(escapeStart, Math.min(end, text.length()))
              + "' needs "
              + count
              + " digits of base "
              + radix,
          escapeStart);
    }
  }

  private Token raw() throws PromQlSyntaxException {
    int start = position;
    int end = text.indexOf('`', start + 1);
    if (end < 0) {
      throw new PromQlSyntaxException("the string is never closed", start);
    }
    position = end + 1;
    return new Token(
        Kind.STRING, text.substring(start, position), text.substring(start + 1, end), start);
  }

  private Token punctuation(char c) throws PromQlSyntaxException {
    int start = position;
    Kind bracket = BRACKETS.get(c);
    if (bracket != null) {
      position++;
      Token token = new Token(bracket, String.valueOf(c), String.valueOf(c), start);
      if (OPENER_OF.containsKey(c)) {
        close(token);
      } else {
        open.push(token);
      }
      return token;
    }
    if (c == ',' || c == ':') {
      position++;
      return new Token(
          c == ',' ? Kind.COMMA : Kind.COLON, String.valueOf(c), String.valueOf(c), start);
    }
    for (String operator : TWO_CHARACTER_OPERATORS) {
      if (text.startsWith(operator, position)) {
        position += 2;
        return new Token(Kind.OPERATOR, operator, operator, start);
      }
    }
    if (ONE_CHARACTER_OPERATORS.indexOf(c) >= 0) {
      position++;
      return new Token(Kind.OPERATOR, String.valueOf(c), String.valueOf(c), start);
    }
    throw new PromQlSyntaxException("unexpected character '" + c + "'", start);
  }

  private void close(Token closing) throws PromQlSyntaxException {
    char opener = OPENER_OF.get(closing.text().charAt(0));
    if (open.isEmpty()) {
      throw new PromQlSyntaxException("'" + closing.text() + "' closes nothing", closing.offset());
    }
    Token top = open.pop();
    if (top.text().charAt(0) != opener) {
      throw new PromQlSyntaxException(
          "'" + closing.text() + "' cannot close the '" + top.text() + "' at " + top.offset(),
          closing.offset());
    }
  }

  private boolean inBrackets() {
    return !open.isEmpty() && open.peek().is(Kind.LEFT_BRACKET);
  }

  private char charAt(int index) {
    return index < text.length() ? text.charAt(index) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
