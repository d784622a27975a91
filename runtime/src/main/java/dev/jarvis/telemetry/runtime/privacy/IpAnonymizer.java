package dev.jarvis.telemetry.runtime.privacy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Anonymizes client addresses as appendix 11.3 asks: an IPv4 address keeps its first three octets
 * ({@code 192.168.1.77} becomes {@code 192.168.1.0}), an IPv6 address its first 48 bits ({@code
 * 2001:db8:85a3::}). Only IPv4 and IPv6 literals are anonymized; anything else, such as a host
 * name, is hashed, because it cannot be cut to a network prefix.
 */
public final class IpAnonymizer {
  private final IdentifierHasher fallback;

  public IpAnonymizer(IdentifierHasher fallback) {
    this.fallback = fallback;
  }

  /** The anonymized address; null stays null. */
  public String anonymize(String address) {
    if (address == null) {
      return null;
    }
    String literal = address.trim();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    String ipv4 = anonymizeIpv4(literal);
    if (ipv4 != null) {
      return ipv4;
    }
    InetAddress parsed = parseIpv6Literal(literal);
    if (parsed instanceof Inet4Address) {
      byte[] bytes = parsed.getAddress();
      return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0";
    }
    if (parsed instanceof Inet6Address) {
      byte[] bytes = parsed.getAddress();
      return Integer.toHexString(((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff))
          + ":"
          + Integer.toHexString(((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff))
          + ":"
          + Integer.toHexString(((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff))
          + "::";
    }
    return fallback.hash(address);
  }

  private static String anonymizeIpv4(String literal) {
    String[] octets = literal.split("\\.", -1);
    if (octets.length != 4) {
      return null;
    }
    for (String octet : octets) {
      if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
        return null;
      }
    }
    return Integer.parseInt(octets[0])
        + "."
        + Integer.parseInt(octets[1])
        + "."
        + Integer.parseInt(octets[2])
        + ".0";
  }

  /**
   * Parses an IPv6 literal, including an IPv4-mapped one, without asking DNS: the JDK parses a name
   * with a ':' as a literal and refuses it if it is not one. Null when it is not a literal.
   */
  private static InetAddress parseIpv6Literal(String literal) {
    if (literal.indexOf(':') < 0 || !literal.matches("[0-9A-Fa-f:.%]+")) {
      return null;
    }
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException | SecurityException e) {
      return null;
    }
  }
}
