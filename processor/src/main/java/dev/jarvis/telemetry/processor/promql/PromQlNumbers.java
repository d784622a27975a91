package dev.jarvis.telemetry.processor.promql;

import java.math.BigDecimal;

/**
 * Writes numbers the way a person would, without the noise of binary floating point: the double
 * nearest 0.999 is written {@code 0.999}, and 1 minus it, computed in decimal, {@code 0.001}.
 */
public final class PromQlNumbers {
  private PromQlNumbers() {}

  /** The shortest decimal that reads back as the double, without exponent or trailing zeros. */
  public static String format(double number) {
    return Double.isFinite(number) ? format(BigDecimal.valueOf(number)) : Double.toString(number);
  }

  /** The decimal without exponent or trailing zeros: {@code 14.40} is {@code 14.4}. */
  public static String format(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }
}
