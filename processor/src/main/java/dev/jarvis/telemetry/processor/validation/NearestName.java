package dev.jarvis.telemetry.processor.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the declared name a misspelt one most likely meant, by edit distance. */
final class NearestName {
  private NearestName() {}

  /**
   * The candidate with the fewest single-character insertions, deletions and substitutions from the
   * name; of equally near ones, the one that shares the longest start with it ({@code status_code}
   * for {@code status}, rather than {@code instance}), then the first alphabetically.
   */
  static Optional<String> to(String name, Collection<String> candidates) {
    return candidates.stream()
        .min(
            Comparator.<String>comparingInt(candidate -> distance(name, candidate))
                .thenComparing(candidate -> -sharedStart(name, candidate))
                .thenComparing(Comparator.naturalOrder()));
  }

  private static int sharedStart(String first, String second) {
    int shared = 0;
    while (shared < Math.min(first.length(), second.length())
        && first.charAt(shared) == second.charAt(shared)) {
      shared++;
    }
    return shared;
  }

  /** The Levenshtein distance, computed one row at a time. */
  static int distance(String from, String to) {
    int[] previous = new int[to.length() + 1];
    int[] current = new int[to.length() + 1];
    for (int j = 0; j <= to.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= from.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= to.length(); j++) {
        int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[to.length()];
  }
}
