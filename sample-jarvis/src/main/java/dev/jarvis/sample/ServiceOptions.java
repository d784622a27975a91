package dev.jarvis.sample;

import java.util.Map;

/**
 * How the service was asked to run: the port, from {@code --port N}, else the {@code JARVIS_PORT}
 * environment variable, else 8742 (the port the roadmap's Prometheus configuration scrapes); and
 * whether the built-in workload runs, which {@code --no-workload} turns off.
 *
 * @param port the TCP port on 127.0.0.1; 0 picks a free one
 * @param workload whether the built-in workload drives the service
 */
public record ServiceOptions(int port, boolean workload) {

  /** The port the roadmap's Prometheus configuration scrapes. */
  public static final int DEFAULT_PORT = 8742;

  static final String USAGE = "usage: JarvisService [--port N] [--no-workload]";

  public ServiceOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
  }

  /**
   * Reads the command line and the environment.
   *
   * @throws IllegalArgumentException with a message for the user when an argument is not known or a
   *     port is not a number
   */
  public static ServiceOptions parse(String[] args, Map<String, String> environment) {
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
    return new ServiceOptions(port, workload);
  }

  private static int parsePort(String text, String source) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + " must be a port number, was '" + text + "'", e);
    }
  }
}
