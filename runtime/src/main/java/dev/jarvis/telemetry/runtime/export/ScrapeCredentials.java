package dev.jarvis.telemetry.runtime.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a scraper must send in its {@code Authorization} header to read {@code /metrics} or {@code
 * /health}: HTTP basic credentials or a bearer token.
 *
 * <pre>{@code
 * ScrapeCredentials credentials = ScrapeCredentials.bearer(System.getenv("JARVIS_METRICS_TOKEN"));
 * if (!credentials.permits(request.header("Authorization"))) {
 *   respond(401, "WWW-Authenticate", credentials.challenge());
 * }
 * }</pre>
 *
 * <p>The secret is kept only as its SHA-256 digest, and a presented header is compared digest to
 * digest with {@link MessageDigest#isEqual}, whose time does not depend on where the bytes differ;
 * comparing digests also keeps the length of the secret from showing in the time taken.
 */
public final class ScrapeCredentials {
  /** The environment variable of a bearer token. */
  public static final String TOKEN_VARIABLE = "JARVIS_METRICS_TOKEN";

  /** The environment variable of the basic auth user; needs {@link #PASSWORD_VARIABLE}. */
  public static final String USER_VARIABLE = "JARVIS_METRICS_USER";

  /** The environment variable of the basic auth password. */
  public static final String PASSWORD_VARIABLE = "JARVIS_METRICS_PASSWORD";

  private static final String REALM = "jarvis-telemetry";

  private final String scheme;
  private final byte[] expectedDigest;
  private final String challenge;

  private ScrapeCredentials(String scheme, String credentials, String challenge) {
    this.scheme = scheme;
    this.expectedDigest = digest(credentials);
    this.challenge = challenge;
  }

  /** Basic auth with this user and password; the user may not contain ':'. */
  public static ScrapeCredentials basic(String user, String password) {
    if (user == null || user.isEmpty() || user.indexOf(':') >= 0) {
      throw new IllegalArgumentException("a basic auth user is not empty and has no ':'");
    }
    requireSecret(password, "a basic auth password");
    String pair = user + ":" + password;
    return new ScrapeCredentials(
        "basic",
        Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)),
        "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
  }

  /** A bearer token, sent as {@code Authorization: Bearer <token>}. */
  public static ScrapeCredentials bearer(String token) {
    requireSecret(token, "a bearer token");
    if (!token.matches("[A-Za-z0-9\\-._~+/]+=*")) {
      throw new IllegalArgumentException(
          "a bearer token consists of letters, digits and '-._~+/', optionally ending in '='");
    }
    return new ScrapeCredentials("bearer", token, "Bearer realm=\"" + REALM + "\"");
  }

  /**
   * The credentials the environment configures: a bearer token from {@value #TOKEN_VARIABLE}, else
   * basic auth from {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}; empty when none is
   * set.
   *
   * @throws IllegalArgumentException when only one of user and password is set, or a value is not
   *     valid
   */
  public static Optional<ScrapeCredentials> fromEnvironment(Map<String, String> environment) {
    String token = environment.get(TOKEN_VARIABLE);
    if (token != null && !token.isEmpty()) {
      return Optional.of(bearer(token));
    }
    String user = environment.get(USER_VARIABLE);
    String password = environment.get(PASSWORD_VARIABLE);
    boolean hasUser = user != null && !user.isEmpty();
    boolean hasPassword = password != null && !password.isEmpty();
    if (hasUser != hasPassword) {
      throw new IllegalArgumentException(
          USER_VARIABLE + " and " + PASSWORD_VARIABLE + " must be set together");
    }
    return hasUser ? Optional.of(basic(user, password)) : Optional.empty();
  }

  /** Whether an {@code Authorization} header value, which may be null, carries the credentials. */
  @SuppressWarnings("ShortCircuitBoolean") // both parts always run, so the time tells nothing
  public boolean permits(String authorization) {
    if (authorization == null) {
      return false;
    }
    String header = authorization.strip();
    int space = header.indexOf(' ');
    if (space < 0) {
      return false;
    }
    // The scheme is not secret and is case-insensitive (RFC 9110, 11.1); the rest is compared
    // in constant time.
    boolean schemeMatches = header.substring(0, space).toLowerCase(Locale.ROOT).equals(scheme);
    boolean credentialsMatch =
        MessageDigest.isEqual(expectedDigest, digest(header.substring(space + 1).strip()));
    return schemeMatches & credentialsMatch;
  }

  /** The value of the {@code WWW-Authenticate} header of a 401 answer. */
  public String challenge() {
    return challenge;
  }

  @Override
  public String toString() {
    // The secret must never reach a log line.
    return "ScrapeCredentials[" + scheme + "]";
  }

  private static void requireSecret(String secret, String what) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
