package dev.jarvis.sample;

import dev.jarvis.telemetry.runtime.export.ScrapeCredentials;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the service was asked to run: the port, from {@code --port N}, else the {@code JARVIS_PORT}
 * environment variable, else 8742 (the port the roadmap's Prometheus configuration scrapes); the
 * address, from {@code --host H}, else {@code JARVIS_HOST}, else 127.0.0.1; whether the built-in
 * workload runs, which {@code --no-workload} turns off; and who may read {@code /metrics} and
 * {@code /health}: the credentials of {@link ScrapeCredentials#fromEnvironment}, and whether {@code
 * --allow-unauthenticated} lets them be served without credentials on a non-loopback address.
 *
 * @param port the TCP port; 0 picks a free one
 * @param workload whether the built-in workload drives the service
 * @param host the address to listen on
 * @param credentials what scrapers of {@code /metrics} and {@code /health} must send, if anything
 * @param allowUnauthenticated whether a non-loopback host may go without credentials
 */
public record ServiceOptions(
    int port,
    boolean workload,
    String host,
    Optional<ScrapeCredentials> credentials,
    boolean allowUnauthenticated) {

  /** The port the roadmap's Prometheus configuration scrapes. */
  public static final int DEFAULT_PORT = 8742;

  /** The address the service listens on unless told otherwise. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  static final String USAGE =
      "usage: JarvisService [--port N] [--host H] [--no-workload] [--allow-unauthenticated]";

  public ServiceOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    Objects.requireNonNull(credentials, "credentials");
  }

  /** On 127.0.0.1, without credentials. */
  public ServiceOptions(int port, boolean workload) {
    this(port, workload, DEFAULT_HOST, Optional.empty(), false);
  }

  /**
   * Reads the command line and the environment.
   *
   * @throws IllegalArgumentException with a message for the user when an argument is not known, a
   *     port is not a number, or credentials are incomplete
   */
  public static ServiceOptions parse(String[] args, Map<String, String> environment) {
    Integer port = null;
    String host = null;
    boolean workload = true;
    boolean allowUnauthenticated = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = parsePort(valueOf(args, ++i, "--port needs a number"), "--port");
        case "--host" -> host = valueOf(args, ++i, "--host needs an address");
        case "--no-workload" -> workload = false;
        case "--allow-unauthenticated" -> allowUnauthenticated = true;
        default ->
            throw new IllegalArgumentException("unknown argument '" + args[i] + "'; " + USAGE);
      }
    }
    if (port == null) {
      String fromEnvironment = environment.get("JARVIS_PORT");
      port =
          fromEnvironment == null || fromEnvironment.isBlank()
              ? DEFAULT_PORT
              : parsePort(fromEnvironment.trim(), "JARVIS_PORT");
    }
    if (host == null) {
      String fromEnvironment = environment.get("JARVIS_HOST");
      host =
          fromEnvironment == null || fromEnvironment.isBlank()
              ? DEFAULT_HOST
              : fromEnvironment.trim();
    }
    return new ServiceOptions(
        port, workload, host, ScrapeCredentials.fromEnvironment(environment), allowUnauthenticated);
  }

  private static String valueOf(String[] args, int index, String missing) {
    if (index == args.length) {
      throw new IllegalArgumentException(missing + "; " + USAGE);
    }
    return args[index];
  }

  private static int parsePort(String text, String source) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + " must be a port number, was '" + text + "'", e);
    }
  }
}
