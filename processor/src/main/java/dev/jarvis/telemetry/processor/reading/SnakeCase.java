package dev.jarvis.telemetry.processor.reading;

import java.util.Locale;

/** Turns Java identifiers into the snake_case of Prometheus names. */
public final class SnakeCase {
  private SnakeCase() {}

  /**
   * Converts {@code statusCode} to {@code status_code} and {@code modelID} to {@code model_id}; a
   * word break is a lower-case letter or digit followed by an upper-case one, or the last
   * upper-case letter of an acronym that is followed by a lower-case one.
   */
  public static String of(String identifier) {
    StringBuilder snake = new StringBuilder(identifier.length() + 4);
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char previous = identifier.charAt(i - 1);
        boolean afterWord = Character.isLowerCase(previous) || Character.isDigit(previous);
        boolean endsAcronym =
            Character.isUpperCase(previous)
                && i + 1 < identifier.length()
                && Character.isLowerCase(identifier.charAt(i + 1));
        if ((afterWord || endsAcronym) && snake.charAt(snake.length() - 1) != '_') {
          snake.append('_');
        }
      }
      snake.append(c);
    }
    return snake.toString().toLowerCase(Locale.ROOT);
  }
}
