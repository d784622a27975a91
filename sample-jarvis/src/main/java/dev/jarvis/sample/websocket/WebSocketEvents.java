package dev.jarvis.sample.websocket;

import dev.jarvis.telemetry.annotations.Anonymized;
import dev.jarvis.telemetry.annotations.EventLevel;
import dev.jarvis.telemetry.annotations.Field;
import dev.jarvis.telemetry.annotations.Field.Section;
import dev.jarvis.telemetry.annotations.Hashed;
import dev.jarvis.telemetry.annotations.JarvisEvent;
import dev.jarvis.telemetry.annotations.Truncated;

/**
 * The log events of the WebSocket API, from the roadmap's section 4.3 "WebSocket Events". A client
 * is logged by the hash of the name it gives itself and by its anonymized address.
 */
public interface WebSocketEvents {

  @JarvisEvent(type = "websocket.connect", level = EventLevel.INFO, message = "Client connected")
  void connected(
      @Hashed String clientId,
      @Anonymized String clientIp,
      AuthMethod authMethod,
      @Truncated(maxLength = 64) String userAgent);

  @JarvisEvent(
      type = "websocket.disconnect",
      level = EventLevel.INFO,
      message = "Client disconnected")
  void disconnected(@Hashed String clientId, double durationSeconds, int messagesExchanged);

  @JarvisEvent(
      type = "websocket.message.receive",
      level = EventLevel.DEBUG,
      message = "Message received")
  void messageReceived(@Hashed String clientId, MessageType messageType, int payloadSize);

  @JarvisEvent(type = "websocket.message.send", level = EventLevel.DEBUG, message = "Message sent")
  void messageSent(@Hashed String clientId, MessageType messageType, int payloadSize);

  @JarvisEvent(
      type = "websocket.generation.start",
      level = EventLevel.INFO,
      message = "Generation requested")
  void generationStarted(
      @Hashed String clientId,
      @Field(section = Section.CONTEXT) String generationId,
      boolean streaming);

  @JarvisEvent(
      type = "websocket.generation.cancel",
      level = EventLevel.INFO,
      message = "Generation cancelled")
  void generationCancelled(
      @Hashed String clientId,
      @Field(section = Section.CONTEXT) String generationId,
      int tokensGenerated);

  @JarvisEvent(type = "websocket.error", level = EventLevel.ERROR, message = "WebSocket error")
  void error(
      @Hashed String clientId,
      SocketError errorType,
      @Truncated(maxLength = 128) String errorMessage);

  @JarvisEvent(
      type = "websocket.capacity.rejected",
      level = EventLevel.WARNING,
      message = "Connection rejected: at capacity")
  void capacityRejected(@Anonymized String clientIp, int maxConnections);
}
