package dev.jarvis.sample.websocket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.sample.ExecutorShutdown;
import dev.jarvis.sample.NamedThreadFactory;
import dev.jarvis.sample.generation.GenerationFailedException;
import dev.jarvis.sample.generation.GenerationPipeline;
import dev.jarvis.sample.generation.GenerationRequest;
import dev.jarvis.sample.generation.GenerationResult;
import dev.jarvis.sample.generation.UnknownChatException;
import dev.jarvis.sample.health.HealthEndpoint;
import dev.jarvis.sample.model.TokenListener;
import dev.jarvis.telemetry.runtime.health.HealthReport;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsMessageContext;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket protocol at {@code /ws}. A client sends {@code {"type":"generate", "prompt": ...,
 * "chat_id": ..., "max_tokens": ..., "stream": true}} and receives a {@code token} message per
 * token (unless {@code stream} is false) and a final {@code complete} message with the whole reply.
 * It can also send {@code subscribe_health}, to receive a {@code health_update} every second, and
 * {@code ping}, answered by {@code pong}. Messages past the client's rate limit are answered with
 * an {@code error}.
 */
public final class WebSocketEndpoint implements Consumer<WsConfig>, AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(WebSocketEndpoint.class);

  private static final int GENERATION_THREADS = 4;

  private final WebSocketMetrics metrics;
  private final GenerationPipeline pipeline;
  private final ObjectMapper json;
  private final ConcurrentMap<String, SocketSession> sessions = new ConcurrentHashMap<>();
  private final AtomicLong generationIds = new AtomicLong();
  private final ExecutorService generations =
      Executors.newFixedThreadPool(GENERATION_THREADS, new NamedThreadFactory("ws-generation"));

  public WebSocketEndpoint(
      WebSocketMetrics metrics, GenerationPipeline pipeline, ObjectMapper json) {
    this.metrics = metrics;
    this.pipeline = pipeline;
    this.json = json;
  }

  @Override
  public void accept(WsConfig ws) {
    ws.onConnect(ctx -> sessions.put(ctx.sessionId(), new SocketSession(ctx, metrics, json)));
    ws.onMessage(this::received);
    ws.onClose(
        ctx -> {
          SocketSession session = sessions.remove(ctx.sessionId());
          if (session != null) {
            session.closed();
          }
        });
    ws.onError(ctx -> logger.debug("WebSocket error: {}", String.valueOf(ctx.error())));
  }

  /** Sends {@code report} to every client subscribed to health updates. */
  public void pushHealth(HealthReport report) {
    Map<String, Object> body = HealthEndpoint.asJson(report);
    for (SocketSession session : sessions.values()) {
      if (session.subscribedToHealth()) {
        session.send(MessageType.HEALTH_UPDATE, body);
      }
    }
  }

  @Override
  public void close() {
    ExecutorShutdown.stopNow(generations, "WebSocket generation");
  }

  @Override
  public String toString() {
    return "WebSocket endpoint";
  }

  private void received(WsMessageContext ctx) {
    SocketSession session = sessions.get(ctx.sessionId());
    if (session == null) {
      return;
    }
    JsonNode message = parse(ctx.message());
    MessageType type =
        message == null
            ? MessageType.UNKNOWN
            : MessageType.fromWire(message.path("type").asText(null));
    metrics.message(Direction.INBOUND, type);
    if (!session.admit()) {
      session.send(MessageType.ERROR, Map.of("error", "rate limit exceeded"));
      return;
    }
    switch (type) {
      case GENERATE -> startGeneration(session, message);
      case SUBSCRIBE_HEALTH -> session.subscribeToHealth();
      case PING -> session.send(MessageType.PONG, Map.of());
      default -> session.send(MessageType.ERROR, Map.of("error", "unsupported message type"));
    }
  }

  private void startGeneration(SocketSession session, JsonNode message) {
    GenerationRequest request;
    try {
      request = json.treeToValue(message, GenerationRequest.class).validated();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      session.send(
          MessageType.ERROR, Map.of("error", "invalid generate message: " + e.getMessage()));
      return;
    }
    boolean streaming = message.path("stream").asBoolean(true);
    String generationId = "gen-" + generationIds.incrementAndGet();
    try {
      generations.execute(() -> generate(session, request, streaming, generationId));
    } catch (RejectedExecutionException e) {
      session.send(
          MessageType.ERROR, Map.of("generation_id", generationId, "error", "shutting down"));
    }
  }

  private void generate(
      SocketSession session, GenerationRequest request, boolean streaming, String generationId) {
    long start = System.nanoTime();
    TokenListener listener =
        streaming
            ? token ->
                session.send(
                    MessageType.TOKEN, Map.of("generation_id", generationId, "token", token))
            : TokenListener.IGNORE;
    try {
      GenerationResult result = pipeline.generate(request, listener);
      session.send(
          MessageType.COMPLETE,
          Map.of(
              "generation_id", generationId,
              "reply", result.reply(),
              "tokens", result.tokens(),
              "finish_reason", lowerCase(result.finishReason()),
              "source", lowerCase(result.source())));
    } catch (UnknownChatException | GenerationFailedException e) {
      session.send(
          MessageType.ERROR, Map.of("generation_id", generationId, "error", e.getMessage()));
    } finally {
      metrics.generationTook(streaming, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private JsonNode parse(String text) {
    try {
      JsonNode message = json.readTree(text);
      return message != null && message.isObject() ? message : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
