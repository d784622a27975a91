package dev.jarvis.telemetry.runtime.privacy;

/**
 * The privacy operations generated recorders apply to marked event fields: {@code @Hashed},
 * {@code @Anonymized} and {@code @Truncated}. Each takes null to null, so that a missing value is
 * logged as missing rather than as the hash of "null".
 */
public final class Privacy {
  /** How many recent identifiers keep their hash at hand by default. */
  public static final int DEFAULT_RECENT_HASHES = 4096;

  private final RecentHashes hashes;
  private final IpAnonymizer anonymizer;

  public Privacy(IdentifierHasher hasher) {
    this(hasher, DEFAULT_RECENT_HASHES);
  }

  /** Hashes through a cache of the {@code recentHashes} identifiers seen last. */
  public Privacy(IdentifierHasher hasher, int recentHashes) {
    this.hashes = new RecentHashes(hasher, recentHashes);
    this.anonymizer = new IpAnonymizer(hasher);
  }

  /** Keyed by {@code JARVIS_HASH_KEY} when set; see {@link IdentifierHasher#fromEnvironment()}. */
  public static Privacy fromEnvironment() {
    return new Privacy(IdentifierHasher.fromEnvironment());
  }

  /** The hash of a value's text. */
  public String hash(Object value) {
    return value == null ? null : hashes.hash(value.toString());
  }

  /** The address cut to its network, or hashed when it is not an address literal. */
  public String anonymizeAddress(String address) {
    return anonymizer.anonymize(address);
  }

  /** The first {@code maxLength} characters of the text. */
  public static String truncate(String text, int maxLength) {
    TruncatedText truncated = TruncatedText.of(text, maxLength);
    return truncated == null ? null : truncated.prefix();
  }

  /** The text's length, or null for null. */
  public static Integer length(String text) {
    return text == null ? null : text.length();
  }
}
