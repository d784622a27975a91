package dev.jarvis.telemetry.processor.promql;

/**
 * One lexical token of a PromQL expression.
 *
 * @param kind what the token is
 * @param text the token as written
 * @param value a string's content with escapes resolved; the text for every other kind
 * @param offset where the token starts in the expression
 */
record Token(Kind kind, String text, String value, int offset) {

  /** The kinds of token; keywords and names are all identifiers, told apart by their context. */
  enum Kind {
    IDENTIFIER,
    NUMBER,
    DURATION,
    STRING,
    OPERATOR,
    COMMA,
    COLON,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACE,
    RIGHT_BRACE,
    LEFT_BRACKET,
    RIGHT_BRACKET
  }

  boolean is(Kind expected) {
    return kind == expected;
  }

  boolean isOperator(String operator) {
    return kind == Kind.OPERATOR && text.equals(operator);
  }
}
