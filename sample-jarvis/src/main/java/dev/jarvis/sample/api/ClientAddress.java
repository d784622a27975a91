package dev.jarvis.sample.api;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * Tells the address of the client behind a request. The service listens on loopback only, so a peer
 * that sends {@code X-Forwarded-For} is a local proxy, such as the desktop app's tunnel, and the
 * last address it appended is the client it serves. From any other peer the header could be forged,
 * so it is ignored.
 */
public final class ClientAddress {
  /** The header a proxy names its client in. */
  public static final String FORWARDED_FOR_HEADER = "X-Forwarded-For";

  private ClientAddress() {}

  /**
   * The client's address.
   *
   * @param peer the address of the connection's other end, as text
   * @param forwardedFor the {@code X-Forwarded-For} header, or null
   */
  public static String of(String peer, String forwardedFor) {
    if (forwardedFor == null || forwardedFor.isBlank() || !isLoopback(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    String last = hops[hops.length - 1].trim();
    return last.isEmpty() ? peer : last;
  }

  /** The address of a socket's other end, as text, or null when it is not an IP socket. */
  public static String of(SocketAddress peer) {
    if (peer instanceof InetSocketAddress socket && socket.getAddress() != null) {
      return socket.getAddress().getHostAddress();
    }
    return null;
  }

  private static boolean isLoopback(String peer) {
    return peer != null
        && (peer.startsWith("127.") || peer.equals("::1") || peer.equals("0:0:0:0:0:0:0:1"));
  }
}
