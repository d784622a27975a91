package dev.jarvis.sample.websocket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.sample.api.TokenBucket;
import dev.jarvis.telemetry.runtime.InFlight;
import io.javalin.websocket.WsContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open WebSocket connection: it counts the connection while open, limits the client to a burst
 * of 10 messages and 5 a second, sends messages one at a time, counting and logging each, and keeps
 * the flags that cancel its running generations.
 */
final class SocketSession {
  private static final Logger logger = LoggerFactory.getLogger(SocketSession.class);

  private static final int MESSAGE_BURST = 10;
  private static final double MESSAGES_PER_SECOND = 5;

  private final WsContext ctx;
  private final WebSocketMetrics metrics;
  private final WebSocketEvents events;
  private final ObjectMapper json;
  private final String clientId;
  private final long openedNanos = System.nanoTime();
  private final TokenBucket messageBudget =
      new TokenBucket(MESSAGE_BURST, MESSAGES_PER_SECOND, openedNanos);
  private final InFlight open;
  private final AtomicInteger messagesExchanged = new AtomicInteger();
  private final ConcurrentMap<String, AtomicBoolean> generations = new ConcurrentHashMap<>();
  private InFlight healthSubscription;

  /**
   * @param clientId the name the client gave itself, or one made for the connection
   */
  SocketSession(
      WsContext ctx,
      WebSocketMetrics metrics,
      WebSocketEvents events,
      ObjectMapper json,
      String clientId) {
    this.ctx = ctx;
    this.metrics = metrics;
    this.events = events;
    this.json = json;
    this.clientId = clientId;
    this.open = metrics.countConnection(ConnectionStatus.ACTIVE);
  }

  String clientId() {
    return clientId;
  }

  /** Counts and logs a message from the client of {@code payloadSize} bytes. */
  void received(MessageType type, int payloadSize) {
    messagesExchanged.incrementAndGet();
    metrics.message(Direction.INBOUND, type);
    events.messageReceived(clientId, type, payloadSize);
  }

  /** Whether the client is within its message rate; counts the message as rate limited if not. */
  boolean admit() {
    if (messageBudget.tryTake(System.nanoTime())) {
      return true;
    }
    metrics.rateLimited();
    return false;
  }

  /** Adds the connection to the health subscribers, once. */
  synchronized void subscribeToHealth() {
    if (healthSubscription == null) {
      healthSubscription = metrics.countConnection(ConnectionStatus.HEALTH_SUBSCRIBERS);
    }
  }

  synchronized boolean subscribedToHealth() {
    return healthSubscription != null;
  }

  /** Sends {@code {"type": <type>, ...fields}} unless the connection has closed. */
  synchronized void send(MessageType type, Map<String, ?> fields) {
    if (!ctx.session.isOpen()) {
      return;
    }
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", type.wireName());
    message.putAll(fields);
    try {
      String text = json.writeValueAsString(message);
      ctx.send(text);
      messagesExchanged.incrementAndGet();
      metrics.message(Direction.OUTBOUND, type);
      events.messageSent(clientId, type, text.getBytes(StandardCharsets.UTF_8).length);
    } catch (RuntimeException | JsonProcessingException e) {
      logger.debug("Sending {} failed: {}", type, e.getMessage());
    }
  }

  /**
   * Tells the client what went wrong and logs it. The message must not quote what the client sent,
   * because it is logged.
   *
   * @param generationId the generation that failed, or null
   */
  void sendError(SocketError error, String message, String generationId) {
    events.error(clientId, error, message);
    send(
        MessageType.ERROR,
        generationId == null
            ? Map.of("error", message)
            : Map.of("generation_id", generationId, "error", message));
  }

  /** Registers a generation that starts now; returns the flag that asks it to stop. */
  AtomicBoolean generationStarted(String generationId, boolean streaming) {
    AtomicBoolean cancelled = new AtomicBoolean();
    generations.put(generationId, cancelled);
    events.generationStarted(clientId, generationId, streaming);
    return cancelled;
  }

  /**
   * Asks the generation {@code generationId} to stop. A generation that has already ended is left
   * alone: its {@code complete} message crossed the client's {@code cancel}.
   */
  void cancel(String generationId) {
    AtomicBoolean cancelled = generations.get(generationId);
    if (cancelled != null) {
      cancelled.set(true);
    }
  }

  /** Logs that the generation stopped early after {@code tokens} tokens. */
  void generationCancelled(String generationId, int tokens) {
    events.generationCancelled(clientId, generationId, tokens);
  }

  void generationEnded(String generationId) {
    generations.remove(generationId);
  }

  /**
   * Stops the connection's generations, takes it off the gauges, and records how long it was open.
   */
  synchronized void closed() {
    generations.values().forEach(cancelled -> cancelled.set(true));
    open.close();
    if (healthSubscription != null) {
      healthSubscription.close();
    }
    Duration lasted = Duration.ofNanos(System.nanoTime() - openedNanos);
    metrics.connectionLasted(lasted);
    events.disconnected(clientId, lasted.toNanos() / 1e9, messagesExchanged.get());
  }
}
