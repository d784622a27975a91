package dev.jarvis.telemetry.processor.promql;

import java.util.Optional;

/** The four ways a PromQL label matcher compares a label's value. */
public enum MatchOperator {
  EQUAL("="),
  NOT_EQUAL("!="),
  MATCHES("=~"),
  DOES_NOT_MATCH("!~");

  private final String symbol;

  MatchOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in PromQL. */
  public String symbol() {
    return symbol;
  }

  /** Whether the operator selects the values it names, rather than all others. */
  public boolean isPositive() {
    return this == EQUAL || this == MATCHES;
  }

  static Optional<MatchOperator> of(String symbol) {
    for (MatchOperator operator : values()) {
      if (operator.symbol.equals(symbol)) {
        return Optional.of(operator);
      }
    }
    return Optional.empty();
  }
}
