package dev.jarvis.telemetry.processor.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the declared name a misspelt one most likely meant, by edit distance. */
final class NearestName {
  /** The most edits that still read as a typo of the same name. */
  private static final int TYPO = 2;

  private NearestName() {}

  /**
   * The candidate with the fewest single-character insertions, deletions and substitutions from the
   * name; of equally near ones, the one that shares the longest start with it ({@code status_code}
   * for {@code status}, rather than {@code instance}), then the first alphabetically. When no
   * candidate is within a typo, and some share every word of the name but its last, at least three,
   * the nearest of those.
   */
  static Optional<String> to(String name, Collection<String> candidates) {
    Optional<String> nearest = nearest(name, candidates);
    if (nearest.isEmpty() || distance(name, nearest.get()) <= TYPO) {
      return nearest;
    }
    // Beyond a typo, a name whose unit or suffix is wrong, such as jarvis_prefetch_cost_saved_ms,
    // means one that keeps its start, jarvis_prefetch_cost_saved_seconds_total.
    String stem = name.substring(0, name.lastIndexOf('_') + 1);
    List<String> sameStem =
        stem.chars().filter(c -> c == '_').count() < 3
            ? List.of()
            : candidates.stream().filter(candidate -> candidate.startsWith(stem)).toList();
    return sameStem.isEmpty() ? nearest : nearest(name, sameStem);
  }

  private static Optional<String> nearest(String name, Collection<String> candidates) {
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
