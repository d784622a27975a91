package dev.jarvis.sample.workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.sample.api.ClientRateLimiter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP clients of the workload: a user asking for replies, now and then with a malformed body
 * or an unknown chat; a monitor polling health; and a misbehaving client whose bursts run into the
 * rate limit.
 */
final class ApiTraffic {
  private static final Logger logger = LoggerFactory.getLogger(ApiTraffic.class);

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int BURST_REQUESTS = 25;
  private static final double MALFORMED_SHARE = 0.04;
  private static final double UNKNOWN_CHAT_SHARE = 0.04;

  private final HttpClient client;
  private final URI baseUri;
  private final ObjectMapper json;
  private final TrafficMix mix;

  ApiTraffic(HttpClient client, URI baseUri, ObjectMapper json, TrafficMix mix) {
    this.client = client;
    this.baseUri = baseUri;
    this.json = json;
    this.mix = mix;
  }

  /** Asks for a reply, as the desktop app does when a message arrives. */
  void requestReply() {
    String body;
    if (mix.chance(MALFORMED_SHARE)) {
      body = "{\"prompt\": ";
    } else {
      String chatId = mix.chance(UNKNOWN_CHAT_SHARE) ? "chat-999" : mix.chatId();
      body = generationBody(mix.prompt(), chatId, mix.maxTokens());
    }
    send(
        "workload-app",
        HttpRequest.newBuilder(baseUri.resolve("/api/v1/generation"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Polls health, as a monitoring agent does. */
  void pollHealth() {
    send("workload-monitor", HttpRequest.newBuilder(baseUri.resolve("/health")).GET());
  }

  /** Sends requests back to back, more than the rate limit's burst allows. */
  void burst() {
    for (int i = 0; i < BURST_REQUESTS && !Thread.currentThread().isInterrupted(); i++) {
      send("workload-burst", HttpRequest.newBuilder(baseUri.resolve("/health")).GET());
    }
  }

  private String generationBody(String prompt, String chatId, int maxTokens) {
    try {
      return json.writeValueAsString(
          Map.of("prompt", prompt, "chat_id", chatId, "max_tokens", maxTokens));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and numbers is always JSON", e);
    }
  }

  private void send(String clientName, HttpRequest.Builder request) {
    try {
      client.send(
          request.header(ClientRateLimiter.CLIENT_HEADER, clientName).timeout(TIMEOUT).build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      logger.debug("Workload request failed: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
