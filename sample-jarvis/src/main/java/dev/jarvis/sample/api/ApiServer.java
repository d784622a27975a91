package dev.jarvis.sample.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.json.JavalinJackson;
import io.javalin.websocket.WsConfig;
import java.util.function.Consumer;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server: the API routes behind {@link ApiRequestInstrumentation}, the Prometheus scrape
 * endpoint, and the WebSocket endpoint, on one Javalin server.
 */
public final class ApiServer implements AutoCloseable {
  private static final int MAX_THREADS = 32;
  private static final int MIN_THREADS = 4;

  private final Javalin app;

  /**
   * @param generation serves {@code POST /api/v1/generation}
   * @param health serves {@code GET /health}
   * @param metrics serves {@code GET /metrics}
   * @param debugSpans serves {@code GET /debug/spans}
   * @param socket serves the WebSocket at {@code /ws}
   */
  public ApiServer(
      ObjectMapper json,
      ApiRequestInstrumentation instrumentation,
      Handler generation,
      Handler health,
      Handler metrics,
      Handler debugSpans,
      Consumer<WsConfig> socket) {
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jsonMapper(new JavalinJackson(json, false));
              QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
              threads.setName("jarvis-http");
              config.jetty.threadPool = threads;
              config.routes.post(
                  Endpoint.GENERATION.path(),
                  instrumentation.instrument(HttpMethod.POST, Endpoint.GENERATION, generation));
              config.routes.get(
                  Endpoint.HEALTH.path(),
                  instrumentation.instrument(HttpMethod.GET, Endpoint.HEALTH, health));
              config.routes.get("/metrics", metrics);
              config.routes.get("/debug/spans", debugSpans);
              config.routes.ws("/ws", socket);
            });
  }

  /** Starts listening on {@code host}; returns the port, the one chosen when {@code port} is 0. */
  public int start(String host, int port) {
    app.start(host, port);
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  @Override
  public String toString() {
    return "HTTP server";
  }
}
