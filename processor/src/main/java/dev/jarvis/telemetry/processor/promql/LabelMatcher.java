package dev.jarvis.telemetry.processor.promql;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One label matcher of a PromQL selector, such as {@code status_code=~"5.."}.
 *
 * @param label the label name
 * @param operator how the value is compared
 * @param value the string, escapes resolved
 * @param offset where the matcher starts in the text it was read from
 */
public record LabelMatcher(String label, MatchOperator operator, String value, int offset) {

  /**
   * Whether a label value satisfies the matcher. Prometheus anchors regular expressions at both
   * ends and runs them with RE2; Java's engine stands in for it, which agrees on the patterns label
   * values are matched with. A pattern Java cannot compile matches nothing here; see {@link
   * #isJudgeable()}.
   */
  public boolean matches(String labelValue) {
    return switch (operator) {
      case EQUAL -> value.equals(labelValue);
      case NOT_EQUAL -> !value.equals(labelValue);
      case MATCHES -> isJudgeable() && Pattern.compile(value).matcher(labelValue).matches();
      case DOES_NOT_MATCH -> isJudgeable() && !Pattern.compile(value).matcher(labelValue).matches();
    };
  }

  /** Whether {@link #matches} can judge values: false for a pattern Java cannot compile. */
  public boolean isJudgeable() {
    if (operator == MatchOperator.EQUAL || operator == MatchOperator.NOT_EQUAL) {
      return true;
    }
    try {
      Pattern.compile(value);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  /** The matcher in PromQL, with the value quoted. */
  public String toPromQl() {
    return label + operator.symbol() + PromQlStrings.quote(value);
  }
}
