package dev.jarvis.telemetry.runtime;

/**
 * Guards counter increments that Prometheus would take but that would ruin the counter for good: a
 * NaN or infinite increment leaves it NaN or infinite forever, so it is refused like a negative one
 * and counted as a failed recording.
 */
public final class CounterAmounts {
  private CounterAmounts() {}

  /** Returns the amount when it is finite and not negative, else throws. */
  public static double checked(double amount) {
    if (!(amount >= 0) || amount == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "Counter increment " + amount + " is not a finite, non-negative number");
    }
    return amount;
  }
}
