package dev.jarvis.sample.websocket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.sample.ExecutorShutdown;
import dev.jarvis.sample.NamedThreadFactory;
import dev.jarvis.sample.api.ClientAddress;
import dev.jarvis.sample.api.ClientRateLimiter;
import dev.jarvis.sample.generation.GenerationFailedException;
import dev.jarvis.sample.generation.GenerationPipeline;
import dev.jarvis.sample.generation.GenerationRequest;
import dev.jarvis.sample.generation.GenerationResult;
import dev.jarvis.sample.generation.UnknownChatException;
import dev.jarvis.sample.health.HealthEndpoint;
import dev.jarvis.sample.model.FinishReason;
import dev.jarvis.sample.model.TokenListener;
import dev.jarvis.telemetry.runtime.health.HealthReport;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsErrorContext;
import io.javalin.websocket.WsMessageContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The WebSocket protocol at {@code /ws}. A client sends {@code {"type":"generate", "prompt": ...,
 * "chat_id": ..., "max_tokens": ..., "stream": true}} and receives a {@code token} message per
 * token (unless {@code stream} is false) and a final {@code complete} message with the whole reply;
 * {@code {"type":"cancel", "generation_id": ...}} stops a generation early, as closing the
 * connection does. It can also send {@code subscribe_health}, to receive a {@code health_update}
 * every second, and {@code ping}, answered by {@code pong}. Messages past the client's rate limit
 * are answered with an {@code error}.
 *
 * <p>A client names itself in the {@code X-Jarvis-Client} header of its upgrade request. At most
 * {@value #MAX_CONNECTIONS} connections are open at once; the next is closed at once with status
 * 1013, "try again later".
 */
public final class WebSocketEndpoint implements Consumer<WsConfig>, AutoCloseable {
  /** The most connections open at once. */
  public static final int MAX_CONNECTIONS = 8;

  private static final int GENERATION_THREADS = 4;
  private static final int TRY_AGAIN_LATER = 1013;

  private final WebSocketMetrics metrics;
  private final WebSocketEvents events;
  private final GenerationPipeline pipeline;
  private final ObjectMapper json;
  private final ConcurrentMap<String, SocketSession> sessions = new ConcurrentHashMap<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicLong generationIds = new AtomicLong();
  private final ExecutorService generations =
      Executors.newFixedThreadPool(GENERATION_THREADS, new NamedThreadFactory("ws-generation"));

  public WebSocketEndpoint(
      WebSocketMetrics metrics,
      WebSocketEvents events,
      GenerationPipeline pipeline,
      ObjectMapper json) {
    this.metrics = metrics;
    this.events = events;
    this.pipeline = pipeline;
    this.json = json;
  }

  @Override
  public void accept(WsConfig ws) {
    ws.onConnect(this::connected);
    ws.onMessage(this::received);
    ws.onClose(
        ctx -> {
          SocketSession session = sessions.remove(ctx.sessionId());
          if (session != null) {
            connections.decrementAndGet();
            session.closed();
            metrics.connectionClosed(CloseReason.ofStatus(ctx.status()));
          }
        });
    ws.onError(this::failed);
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

  private void connected(WsConnectContext ctx) {
    String clientIp =
        ClientAddress.of(
            ClientAddress.of(ctx.session.getRemoteSocketAddress()),
            ctx.header(ClientAddress.FORWARDED_FOR_HEADER));
    if (connections.incrementAndGet() > MAX_CONNECTIONS) {
      connections.decrementAndGet();
      metrics.connectionClosed(CloseReason.REJECTED);
      events.capacityRejected(clientIp, MAX_CONNECTIONS);
      ctx.closeSession(TRY_AGAIN_LATER, "too many connections; try again later");
      return;
    }
    String named = ctx.header(ClientRateLimiter.CLIENT_HEADER);
    String clientId = named != null && !named.isBlank() ? named : "ws-" + ctx.sessionId();
    sessions.put(ctx.sessionId(), new SocketSession(ctx, metrics, events, json, clientId));
    events.connected(clientId, clientIp, AuthMethod.NONE, ctx.header("User-Agent"));
  }

  private void failed(WsErrorContext ctx) {
    SocketSession session = sessions.get(ctx.sessionId());
    Throwable error = ctx.error();
    events.error(
        session == null ? null : session.clientId(),
        SocketError.TRANSPORT,
        error == null ? "the connection failed" : error.getClass().getSimpleName());
  }

  private void received(WsMessageContext ctx) {
    SocketSession session = sessions.get(ctx.sessionId());
    if (session == null) {
      return;
    }
    long start = System.nanoTime();
    MessageType type = handle(session, ctx.message());
    metrics.messageHandled(type, Duration.ofNanos(System.nanoTime() - start));
  }

  // Returns the type the message declared.
  private MessageType handle(SocketSession session, String text) {
    JsonNode message = parse(text);
    MessageType type =
        message == null
            ? MessageType.UNKNOWN
            : MessageType.fromWire(message.path("type").asText(null));
    session.received(type, text.getBytes(StandardCharsets.UTF_8).length);
    if (!session.admit()) {
      session.send(MessageType.ERROR, Map.of("error", "rate limit exceeded"));
      return type;
    }
    switch (type) {
      case GENERATE -> startGeneration(session, message);
      case CANCEL -> session.cancel(message.path("generation_id").asText(""));
      case SUBSCRIBE_HEALTH -> session.subscribeToHealth();
      case PING -> session.send(MessageType.PONG, Map.of());
      default ->
          session.sendError(
              SocketError.INVALID_MESSAGE,
              message == null ? "the message is not a JSON object" : "unsupported message type",
              null);
    }
    return type;
  }

  private void startGeneration(SocketSession session, JsonNode message) {
    GenerationRequest request;
    try {
      request = json.treeToValue(message, GenerationRequest.class).validated();
    } catch (JsonProcessingException e) {
      session.sendError(
          SocketError.INVALID_REQUEST, "invalid generate message: " + wrongField(e), null);
      return;
    } catch (IllegalArgumentException e) {
      session.sendError(
          SocketError.INVALID_REQUEST, "invalid generate message: " + e.getMessage(), null);
      return;
    }
    boolean streaming = message.path("stream").asBoolean(true);
    String generationId = "gen-" + generationIds.incrementAndGet();
    AtomicBoolean cancelled = session.generationStarted(generationId, streaming);
    try {
      generations.execute(() -> generate(session, request, streaming, generationId, cancelled));
    } catch (RejectedExecutionException e) {
      session.generationEnded(generationId);
      session.sendError(SocketError.UNAVAILABLE, "shutting down", generationId);
    }
  }

  private void generate(
      SocketSession session,
      GenerationRequest request,
      boolean streaming,
      String generationId,
      AtomicBoolean cancelled) {
    long start = System.nanoTime();
    TokenListener listener =
        token -> {
          if (cancelled.get()) {
            return false;
          }
          if (streaming) {
            session.send(MessageType.TOKEN, Map.of("generation_id", generationId, "token", token));
          }
          return true;
        };
    try {
      GenerationResult result = pipeline.generate(request, listener);
      if (result.finishReason() == FinishReason.CANCELLED) {
        session.generationCancelled(generationId, result.tokens());
      }
      session.send(
          MessageType.COMPLETE,
          Map.of(
              "generation_id", generationId,
              "reply", result.reply(),
              "tokens", result.tokens(),
              "finish_reason", lowerCase(result.finishReason()),
              "source", lowerCase(result.source())));
    } catch (UnknownChatException e) {
      session.sendError(SocketError.UNKNOWN_CHAT, e.getMessage(), generationId);
    } catch (GenerationFailedException e) {
      session.sendError(
          e.modelUnavailable() ? SocketError.UNAVAILABLE : SocketError.GENERATION_FAILED,
          e.getMessage(),
          generationId);
    } finally {
      session.generationEnded(generationId);
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

  // Jackson's message quotes the value it could not read; only the field's name is safe to log.
  private static String wrongField(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping) {
      List<JsonMappingException.Reference> path = mapping.getPath();
      if (!path.isEmpty() && path.get(path.size() - 1).getFieldName() != null) {
        return path.get(path.size() - 1).getFieldName() + " has the wrong type";
      }
    }
    return "a field has the wrong type";
  }

  private static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
