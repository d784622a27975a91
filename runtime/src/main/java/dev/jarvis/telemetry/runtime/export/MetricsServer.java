package dev.jarvis.telemetry.runtime.export;

import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Serves {@code /metrics} for an application that has no HTTP server of its own. It binds to the
 * loopback address unless told otherwise, so that metrics are not exposed to the network by
 * accident; on any other address it requires credentials, or an explicit {@link
 * Builder#allowUnauthenticated()}, before it starts (see {@link NetworkExposure}).
 *
 * <pre>{@code
 * try (MetricsServer server = MetricsServer.builder(telemetry).port(8742).start()) {
 *   ...
 * }
 * }</pre>
 */
public final class MetricsServer implements AutoCloseable {

  /** The port of the roadmap's Prometheus scrape configuration. */
  public static final int DEFAULT_PORT = 8742;

  private final HTTPServer server;

  private MetricsServer(HTTPServer server) {
    this.server = server;
  }

  public static Builder builder(JarvisTelemetry telemetry) {
    return new Builder(telemetry);
  }

  /** The port the server listens on, useful when it was started on port 0. */
  public int port() {
    return server.getPort();
  }

  @Override
  public void close() {
    server.close();
  }

  /** Sets up a {@link MetricsServer}. */
  public static final class Builder {
    private final JarvisTelemetry telemetry;
    private String host = "127.0.0.1";
    private int port = DEFAULT_PORT;
    private ScrapeCredentials credentials;
    private boolean allowUnauthenticated;

    private Builder(JarvisTelemetry telemetry) {
      this.telemetry = telemetry;
    }

    /** The address to bind to; {@code 127.0.0.1} unless set. */
    public Builder host(String host) {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("host must not be blank");
      }
      this.host = host;
      return this;
    }

    /**
     * The port to listen on; {@value MetricsServer#DEFAULT_PORT} unless set, 0 for any free one.
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be within 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** Requires every request to carry these credentials, answering 401 to one that does not. */
    public Builder credentials(ScrapeCredentials credentials) {
      if (credentials == null) {
        throw new IllegalArgumentException("credentials must not be null");
      }
      this.credentials = credentials;
      return this;
    }

    /**
     * Serves without credentials even on a non-loopback address, for networks that already limit
     * who can reach the port. Without this, {@link #start()} refuses such an address.
     */
    public Builder allowUnauthenticated() {
      this.allowUnauthenticated = true;
      return this;
    }

    /**
     * Binds and starts serving.
     *
     * @throws IllegalStateException when the address is not loopback and no credentials are set nor
     *     unauthenticated access allowed
     */
    public MetricsServer start() {
      NetworkExposure.requireProtected(host, credentials, allowUnauthenticated);
      HTTPServer.Builder server =
          HTTPServer.builder().hostname(host).port(port).registry(telemetry.registry());
      if (credentials != null) {
        server.authenticator(new ScrapeAuthenticator(credentials));
      }
      try {
        return new MetricsServer(server.buildAndStart());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot serve metrics on " + host + ":" + port, e);
      }
    }
  }
}
