package dev.jarvis.telemetry.runtime.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hashes identifiers of people and conversations before they are logged, as appendix 11.3 asks:
 * SHA-256 cut to 16 hex characters, written {@code sha256:<16 hex>}.
 *
 * <p>An unkeyed hash of a phone number or an e-mail address is reversed by hashing every candidate,
 * so with a deployment key the hasher uses HMAC-SHA256 instead, written {@code hmac:<key id>:<16
 * hex>}; the key id lets logs written under an old key be told apart after rotation. {@link
 * #fromEnvironment()} reads the key from {@code JARVIS_HASH_KEY} and its id from {@code
 * JARVIS_HASH_KEY_ID}, and logs one warning when there is no key.
 *
 * <pre>{@code
 * IdentifierHasher hasher = IdentifierHasher.fromEnvironment();
 * String chat = hasher.hash(chatId);   // "hmac:2026-12:3f9a0c1e77d2b4a8"
 * }</pre>
 */
public final class IdentifierHasher {
  /** The environment variable that holds the deployment key. */
  public static final String KEY_VARIABLE = "JARVIS_HASH_KEY";

  /** The environment variable that names the key, for rotation. */
  public static final String KEY_ID_VARIABLE = "JARVIS_HASH_KEY_ID";

  private static final Logger logger = LoggerFactory.getLogger(IdentifierHasher.class);
  private static final int HEX_CHARACTERS = 16;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;
  private final String prefix;
  private final ThreadLocal<Mac> macs;
  private final ThreadLocal<MessageDigest> digests;

  private IdentifierHasher(byte[] key, String keyId) {
    this.key = key == null ? null : new SecretKeySpec(key, "HmacSHA256");
    this.prefix = key == null ? "sha256:" : "hmac:" + keyId + ":";
    this.macs = ThreadLocal.withInitial(this::newMac);
    this.digests = ThreadLocal.withInitial(IdentifierHasher::newDigest);
  }

  /** Plain SHA-256, as the roadmap writes it; reversible by enumeration for guessable inputs. */
  public static IdentifierHasher unkeyed() {
    return new IdentifierHasher(null, null);
  }

  /** HMAC-SHA256 with a deployment key of at least 16 bytes, named by {@code keyId}. */
  public static IdentifierHasher keyed(byte[] key, String keyId) {
    Objects.requireNonNull(key, "key");
    if (key.length < 16) {
      throw new IllegalArgumentException(
          "a hashing key needs at least 16 bytes, this one has " + key.length);
    }
    if (keyId == null || !keyId.matches("[A-Za-z0-9._-]{1,32}")) {
      throw new IllegalArgumentException(
          "a key id is 1 to 32 letters, digits, '.', '_' or '-', so it can stand in a log line");
    }
    return new IdentifierHasher(Arrays.copyOf(key, key.length), keyId);
  }

  /** Keyed from {@code JARVIS_HASH_KEY}, or unkeyed with one warning when it is not set. */
  public static IdentifierHasher fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static IdentifierHasher fromEnvironment(Map<String, String> environment) {
    String key = environment.get(KEY_VARIABLE);
    if (key == null || key.isEmpty()) {
      logger.warn(
          "{} is not set: identifiers are hashed with plain SHA-256, which anyone can reverse for"
              + " guessable values such as phone numbers; set a deployment key",
          KEY_VARIABLE);
      return unkeyed();
    }
    return keyed(
        key.getBytes(StandardCharsets.UTF_8), environment.getOrDefault(KEY_ID_VARIABLE, "default"));
  }

  /** Whether a deployment key is in use. */
  public boolean isKeyed() {
    return key != null;
  }

  /** The hash of an identifier; null stays null. */
  public String hash(String identifier) {
    if (identifier == null) {
      return null;
    }
    byte[] input = bytesOf(identifier);
    byte[] hash = key == null ? digests.get().digest(input) : macs.get().doFinal(input);
    char[] text = new char[prefix.length() + HEX_CHARACTERS];
    prefix.getChars(0, prefix.length(), text, 0);
    for (int i = 0; i < HEX_CHARACTERS / 2; i++) {
      text[prefix.length() + 2 * i] = HEX[(hash[i] >> 4) & 0xf];
      text[prefix.length() + 2 * i + 1] = HEX[hash[i] & 0xf];
    }
    return new String(text);
  }

  /**
   * The bytes hashed: the UTF-8 of well-formed text, so that a hash matches what any other tool
   * computes for it. UTF-8 has no form for a lone surrogate and would turn each into {@code ?},
   * making {@code "\uD800"}, {@code "\uDC00"} and {@code "?"} one hash; text with one is hashed as
   * the byte 0xFF, which never starts UTF-8, followed by its UTF-16 units.
   */
  private static byte[] bytesOf(String identifier) {
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < identifier.length()
          && Character.isLowSurrogate(identifier.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        byte[] units = identifier.getBytes(StandardCharsets.UTF_16BE);
        byte[] marked = new byte[units.length + 1];
        marked[0] = (byte) 0xFF;
        System.arraycopy(units, 0, marked, 1, units.length);
        return marked;
      }
    }
    return identifier.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    // The key itself must never reach a log line.
    return "IdentifierHasher[" + (key == null ? "sha256" : prefix) + "]";
  }

  private Mac newMac() {
    if (key == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
