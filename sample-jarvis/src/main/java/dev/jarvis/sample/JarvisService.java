package dev.jarvis.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sample JARVIS service, on 127.0.0.1 unless told otherwise, until the process is stopped.
 *
 * <pre>
 * java dev.jarvis.sample.JarvisService [--port N] [--host H] [--no-workload]
 *     [--allow-unauthenticated]
 * </pre>
 *
 * <p>On an address other than loopback the service refuses to start unless {@code /metrics} and
 * {@code /health} require credentials ({@code JARVIS_METRICS_TOKEN}, or {@code JARVIS_METRICS_USER}
 * and {@code JARVIS_METRICS_PASSWORD}) or {@code --allow-unauthenticated} is given.
 *
 * <p>The service simulates its model: it loads no weights and generates words from a fixed
 * vocabulary, so that every metric of the roadmap can be watched on any machine.
 */
public final class JarvisService {
  private static final Logger logger = LoggerFactory.getLogger(JarvisService.class);

  private JarvisService() {}

  public static void main(String[] args) {
    ServiceOptions options;
    try {
      options = ServiceOptions.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    RunningService service;
    try {
      service = ServiceWiring.start(options);
    } catch (Exception e) {
      logger.error("The JARVIS sample service could not start", e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "jarvis-shutdown"));
    logger.info(
        "JARVIS sample service ready: {}/metrics, {}/health, POST {}/api/v1/generation, {}/ws",
        service.baseUri(),
        service.baseUri(),
        service.baseUri(),
        service.baseUri().toString().replaceFirst("^http", "ws"));
  }
}
