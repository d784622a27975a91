package dev.jarvis.sample.websocket;

import static dev.jarvis.telemetry.annotations.MetricType.COUNTER;
import static dev.jarvis.telemetry.annotations.MetricType.GAUGE;
import static dev.jarvis.telemetry.annotations.MetricType.HISTOGRAM;

import dev.jarvis.telemetry.annotations.JarvisMetric;
import dev.jarvis.telemetry.annotations.Value;
import dev.jarvis.telemetry.runtime.InFlight;
import java.time.Duration;

/**
 * Connections, message rates and generation latency of the WebSocket API, from the roadmap's
 * section 3.1 "WebSocket Metrics".
 */
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
}
