package dev.jarvis.telemetry.benchmarks.events;

/**
 * Chat identifiers in the shape the assistant sees them, an iMessage chat with a phone number, so
 * that the hashing benchmarks hash inputs of a realistic length (25 characters).
 */
final class Identifiers {
  private Identifiers() {}

  /** The chat of the phone number with the given eight last digits. */
  static String chatId(int lastDigits) {
    return String.format("iMessage;-;+49151%08d", lastDigits);
  }

  /**
   * {@code count} different chat identifiers. Stepping the digits by a prime that does not divide
   * 10^8 visits each eight-digit number at most once, so no two are equal.
   */
  static String[] distinct(int count) {
    if (count > 100_000_000) {
      throw new IllegalArgumentException("there are only 10^8 eight-digit numbers, not " + count);
    }
    String[] identifiers = new String[count];
    for (int i = 0; i < count; i++) {
      identifiers[i] = chatId((int) (7_919L * i % 100_000_000));
    }
    return identifiers;
  }
}
