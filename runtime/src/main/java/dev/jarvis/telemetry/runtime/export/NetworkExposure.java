package dev.jarvis.telemetry.runtime.export;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Decides whether {@code /metrics} and {@code /health} may be served on an address. On a loopback
 * address only local processes can reach them, so anything goes; on any other address they must
 * require credentials, unless the application explicitly accepts serving them to anyone who can
 * reach the port, for example behind a network policy that already restricts who can.
 */
public final class NetworkExposure {
  private NetworkExposure() {}

  /** Whether {@code host} names only loopback addresses ({@code 127.0.0.1}, {@code ::1}). */
  public static boolean isLoopback(String host) {
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve the address to serve on: " + host, e);
    }
  }

  /**
   * Refuses to serve on a non-loopback {@code host} without credentials unless {@code
   * allowUnauthenticated} says so.
   *
   * @param credentials the credentials scrapers must present, or null for none
   * @throws IllegalStateException when the endpoints would be open to the network by accident
   */
  public static void requireProtected(
      String host, ScrapeCredentials credentials, boolean allowUnauthenticated) {
    if (credentials == null && !allowUnauthenticated && !isLoopback(host)) {
      throw new IllegalStateException(
          "refusing to serve /metrics and /health on "
              + host
              + " without credentials: set "
              + ScrapeCredentials.TOKEN_VARIABLE
              + " (or "
              + ScrapeCredentials.USER_VARIABLE
              + " and "
              + ScrapeCredentials.PASSWORD_VARIABLE
              + "), bind to 127.0.0.1, or allow unauthenticated access explicitly");
    }
  }
}
