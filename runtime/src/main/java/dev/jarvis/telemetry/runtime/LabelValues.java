package dev.jarvis.telemetry.runtime;

/**
 * Makes label values that arrive at run time safe to expose. The text format is UTF-8, which has no
 * form for a lone surrogate, and the client writes one as {@code ?}: two different values would
 * then show as the same series twice, which invalidates the scrape. A value is also kept short, so
 * that an application passing, say, a whole request body as a label cannot make each series hold a
 * megabyte.
 */
final class LabelValues {
  /** The longest label value kept, in UTF-16 chars; longer ones are cut to this. */
  static final int MAX_LENGTH = 1024;

  private LabelValues() {}

  /**
   * The value as it is exposed: null as empty, each lone surrogate as U+FFFD, and cut after {@value
   * #MAX_LENGTH} chars without splitting a surrogate pair. A value that needs none of this is
   * returned as it is, without copying.
   */
  static String normalize(String value) {
    if (value == null) {
      return "";
    }
    int length = value.length();
    int end = Math.min(length, MAX_LENGTH);
    if (end < length
        && Character.isHighSurrogate(value.charAt(end - 1))
        && Character.isLowSurrogate(value.charAt(end))) {
      end--;
    }
    int first = firstLoneSurrogate(value, end);
    if (first < 0) {
      return end == length ? value : value.substring(0, end);
    }
    char[] chars = value.substring(0, end).toCharArray();
    for (int i = first; i < end; i++) {
      char c = chars[i];
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
        i++;
      } else if (Character.isSurrogate(c)) {
        chars[i] = '\uFFFD';
      }
    }
    return new String(chars);
  }

  /** Replaces each value of the array by its normalized form, in place, and returns the array. */
  static String[] normalizeAll(String[] values) {
    for (int i = 0; i < values.length; i++) {
      values[i] = normalize(values[i]);
    }
    return values;
  }

  private static int firstLoneSurrogate(String value, int end) {
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < end
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }
}
