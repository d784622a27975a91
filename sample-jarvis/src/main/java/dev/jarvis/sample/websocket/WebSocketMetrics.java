package dev.jarvis.sample.websocket;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.Alert;
import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Severity;
import dev.jarvis.telemetry.annotations.Slo;
import dev.jarvis.telemetry.annotations.Value;
import dev.jarvis.telemetry.runtime.InFlight;
import java.time.Duration;

/**
 * Connections, message rates and generation latency of the WebSocket API, from the roadmap's
 * section 3.1 "WebSocket Metrics", with the Connection Stability SLO of section 6.1, the WebSocket
 * objectives of section 2 and the connection alert of section 7.
 */
@Alert(
    name = "WebSocketConnectionSpike",
    expr = "jarvis_websocket_connections{status=\"active\"} > 80",
    forDuration = "5m",
    severity = Severity.WARNING,
    summary = "WebSocket connections near capacity",
    runbookUrl = "https://runbooks.jarvis.dev/alerts/WebSocketConnectionSpike")
public interface WebSocketMetrics {

  @JarvisMetric(
      name = "jarvis_websocket_connections",
      type = GAUGE,
      help = "Current WebSocket connections")
  InFlight countConnection(ConnectionStatus status);

  @JarvisMetric(
      name = "jarvis_websocket_connection_duration_seconds",
      type = HISTOGRAM,
      help = "Connection lifetime distribution")
  void connectionLasted(@Value Duration duration);

  @JarvisMetric(
      name = "jarvis_websocket_messages_total",
      type = COUNTER,
      help = "WebSocket message count")
  @Slo(
      name = "websocket_errors",
      objective = 0.999,
      window = "30d",
      errors = "direction=\"outbound\",message_type=\"error\"")
  void message(Direction direction, MessageType messageType);

  @JarvisMetric(
      name = "jarvis_websocket_generation_latency_seconds",
      type = HISTOGRAM,
      help = "Generation request latency")
  void generationTook(boolean streaming, @Value Duration duration);

  @JarvisMetric(
      name = "jarvis_websocket_rate_limited_total",
      type = COUNTER,
      help = "Rate limit hits of WebSocket clients")
  void rateLimited();

  /**
   * Connections that ended, by why: stability is the share that did not break, which the connection
   * lifetime of section 3 cannot tell.
   */
  @JarvisMetric(
      name = "jarvis_websocket_connections_closed_total",
      type = COUNTER,
      help = "Closed WebSocket connections by reason")
  @Slo(
      name = "websocket_connection_stability",
      objective = 0.995,
      window = "1d",
      errors = "reason=\"error\"")
  void connectionClosed(CloseReason reason);

  /**
   * How long the service took to handle one client message, until its answer was sent or its
   * generation handed to a worker; section 3 only times whole generations, far above the 50 ms of
   * the WebSocket latency objective of section 2.
   */
  @JarvisMetric(
      name = "jarvis_websocket_message_duration_seconds",
      type = HISTOGRAM,
      help = "Time to handle an inbound WebSocket message")
  @Slo(name = "websocket_latency", objective = 0.99, window = "30d", latencyThreshold = 0.05)
  void messageHandled(MessageType messageType, @Value Duration duration);
}
