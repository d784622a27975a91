package dev.jarvis.sample;

import java.util.Map;

/**
 * How the service was asked to run: the address it listens on, from {@code --bind ADDRESS}, else
 * the {@code JARVIS_BIND_ADDRESS} environment variable, else 127.0.0.1 (a container sets 0.0.0.0,
 * so that Prometheus reaches it from another container); the port, from {@code --port N}, else the
 * {@code JARVIS_PORT} environment variable, else 8742 (the port the roadmap's Prometheus
 * configuration scrapes); and whether the built-in workload runs, which {@code --no-workload} turns
 * off.
 *
 * @param bindAddress the address the HTTP server listens on
 * @param port the TCP port; 0 picks a free one
 * @param workload whether the built-in workload drives the service
 */
public record ServiceOptions(String bindAddress, int port, boolean workload) {

  /** The port the roadmap's Prometheus configuration scrapes. */
  public static final int DEFAULT_PORT = 8742;

  /** Loopback only, unless asked otherwise. */
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

  static final String USAGE = "usage: JarvisService [--bind ADDRESS] [--port N] [--no-workload]";

  public ServiceOptions {
    if (bindAddress == null || bindAddress.isBlank()) {
      throw new IllegalArgumentException("the bind address must not be empty");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
  }

  /** Listens on 127.0.0.1. */
  public ServiceOptions(int port, boolean workload) {
    this(DEFAULT_BIND_ADDRESS, port, workload);
  }

  /**
   * Reads the command line and the environment.
   *
   * @throws IllegalArgumentException with a message for the user when an argument is not known or a
   *     port is not a number
   */
  public static ServiceOptions parse(String[] args, Map<String, String> environment) {
    String bindAddress = null;
    Integer port = null;
    boolean workload = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> {
          if (i + 1 == args.length) {
            throw new IllegalArgumentException("--port needs a number; " + USAGE);
          }
          port = parsePort(args[++i], "--port");
        }
        case "--bind" -> {
          if (i + 1 == args.length) {
            throw new IllegalArgumentException("--bind needs an address; " + USAGE);
          }
          bindAddress = args[++i];
        }
        case "--no-workload" -> workload = false;
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
    if (bindAddress == null) {
      String fromEnvironment = environment.get("JARVIS_BIND_ADDRESS");
      bindAddress =
          fromEnvironment == null || fromEnvironment.isBlank()
              ? DEFAULT_BIND_ADDRESS
              : fromEnvironment.trim();
    }
    return new ServiceOptions(bindAddress, port, workload);
  }

  private static int parsePort(String text, String source) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + " must be a port number, was '" + text + "'", e);
    }
  }
}
