package dev.jarvis.sample.api;

import dev.jarvis.telemetry.annotations.Anonymized;
import dev.jarvis.telemetry.annotations.EventLevel;
import dev.jarvis.telemetry.annotations.Field;
import dev.jarvis.telemetry.annotations.Field.Section;
import dev.jarvis.telemetry.annotations.Hashed;
import dev.jarvis.telemetry.annotations.JarvisEvent;
import dev.jarvis.telemetry.annotations.Truncated;
import java.time.Duration;

/**
 * The log events of the HTTP API, from the roadmap's section 4.3 "API Layer Events". A request's
 * route is logged as its {@link Endpoint}, so that the field stays a closed set whatever paths
 * clients send; its query string is hashed, because JARVIS queries name chats and carry search
 * text.
 */
public interface ApiEvents {

  @JarvisEvent(type = "api.request.start", level = EventLevel.DEBUG, message = "Request started")
  void requestStarted(
      HttpMethod method, Endpoint path, @Hashed String queryParams, @Anonymized String clientIp);

  @JarvisEvent(
      type = "api.request.complete",
      level = EventLevel.INFO,
      message = "Request completed")
  void requestCompleted(
      HttpMethod method,
      Endpoint path,
      @Field(section = Section.METADATA) int statusCode,
      Duration latency,
      long responseSize);

  @JarvisEvent(type = "api.request.error", level = EventLevel.ERROR, message = "Request failed")
  void requestFailed(
      HttpMethod method,
      Endpoint path,
      String errorType,
      @Truncated(maxLength = 128) String errorMessage,
      @Truncated(maxLength = 2048) String stackTrace);

  @JarvisEvent(
      type = "api.rate_limit.hit",
      level = EventLevel.WARNING,
      message = "Client rate limited")
  void rateLimitHit(@Anonymized String clientIp, Endpoint endpoint, int limit, Duration window);
}
