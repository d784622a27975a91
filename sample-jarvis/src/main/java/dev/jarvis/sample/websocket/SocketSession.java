package dev.jarvis.sample.websocket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.sample.api.TokenBucket;
import dev.jarvis.telemetry.runtime.InFlight;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open WebSocket connection: it counts the connection while open, limits the client to a burst
 * of 10 messages and 5 a second, and sends messages one at a time, counting each.
 */
final class SocketSession {
  private static final Logger logger = LoggerFactory.getLogger(SocketSession.class);

  private static final int MESSAGE_BURST = 10;
  private static final double MESSAGES_PER_SECOND = 5;

  private final WsContext ctx;
  private final WebSocketMetrics metrics;
  private final ObjectMapper json;
  private final long openedNanos = System.nanoTime();
  private final TokenBucket messageBudget =
      new TokenBucket(MESSAGE_BURST, MESSAGES_PER_SECOND, openedNanos);
  private final InFlight open;
  private InFlight healthSubscription;

  SocketSession(WsContext ctx, WebSocketMetrics metrics, ObjectMapper json) {
    this.ctx = ctx;
    this.metrics = metrics;
    this.json = json;
    this.open = metrics.countConnection(ConnectionStatus.ACTIVE);
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
      ctx.send(json.writeValueAsString(message));
      metrics.message(Direction.OUTBOUND, type);
    } catch (RuntimeException | JsonProcessingException e) {
      logger.debug("Sending {} failed: {}", type, e.getMessage());
    }
  }

  /** Takes the connection off the gauges and records how long it was open. */
  synchronized void closed() {
    open.close();
    if (healthSubscription != null) {
      healthSubscription.close();
    }
    metrics.connectionLasted(Duration.ofNanos(System.nanoTime() - openedNanos));
  }
}
