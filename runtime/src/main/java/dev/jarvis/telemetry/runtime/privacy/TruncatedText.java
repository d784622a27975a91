package dev.jarvis.telemetry.runtime.privacy;

/**
 * Free text cut to a prefix before it is logged, as appendix 11.3 asks of message content, with the
 * original length kept so that the size of what was cut is still visible.
 *
 * @param prefix at most the first {@code maxLength} characters, never ending in half a surrogate
 *     pair
 * @param originalLength the length of the text before it was cut, in UTF-16 characters
 */
public record TruncatedText(String prefix, int originalLength) {

  /** Keeps at most {@code maxLength} characters of {@code text}; null stays null. */
  public static TruncatedText of(String text, int maxLength) {
    if (maxLength < 0) {
      throw new IllegalArgumentException("maxLength must not be negative, was " + maxLength);
    }
    if (text == null) {
      return null;
    }
    if (text.length() <= maxLength) {
      return new TruncatedText(text, text.length());
    }
    int end = maxLength;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return new TruncatedText(text.substring(0, end), text.length());
  }

  /** Whether anything was cut. */
  public boolean isTruncated() {
    return prefix.length() < originalLength;
  }
}
