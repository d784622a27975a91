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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP clients of the workload: a user asking for replies, now and then with a malformed body
 * or an unknown chat, and now and then scheduling a reply only to cancel it; a monitor polling
 * health; and a misbehaving client whose bursts of parallel requests run into the rate limit and
 * hold every connection of the chat database at once. Each request is a traced call ({@link
 * TracedCalls}).
 */
final class ApiTraffic {
  private static final Logger logger = LoggerFactory.getLogger(ApiTraffic.class);

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int BURST_REQUESTS = 25;
  private static final double MALFORMED_SHARE = 0.04;
  private static final double UNKNOWN_CHAT_SHARE = 0.04;
  private static final String SCHEDULING_PROMPT = "remind me to send the photos later";
  private static final String CANCELLING_PROMPT = "cancel that reminder";

  private final HttpClient client;
  private final TracedCalls calls;
  private final URI baseUri;
  private final ObjectMapper json;
  private final TrafficMix mix;

  ApiTraffic(HttpClient client, TracedCalls calls, URI baseUri, ObjectMapper json, TrafficMix mix) {
    this.client = client;
    this.calls = calls;
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

  /** Asks for a reply to be sent later, then takes it back, as a user who changed their mind. */
  void scheduleThenCancel() {
    String chatId = mix.chatId();
    for (String prompt : List.of(SCHEDULING_PROMPT, CANCELLING_PROMPT)) {
      send(
          "workload-app",
          HttpRequest.newBuilder(baseUri.resolve("/api/v1/generation"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      generationBody(prompt, chatId, mix.maxTokens()))));
    }
  }

  /** Polls health, as a monitoring agent does. */
  void pollHealth() {
    send("workload-monitor", HttpRequest.newBuilder(baseUri.resolve("/health")).GET());
  }

  /** Sends requests all at once, more than the rate limit's burst allows. */
  void burst() {
    List<CompletableFuture<HttpResponse<Void>>> responses = new ArrayList<>();
    for (int i = 0; i < BURST_REQUESTS; i++) {
      HttpRequest.Builder reply =
          HttpRequest.newBuilder(baseUri.resolve("/api/v1/generation"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      generationBody(mix.prompt(), mix.chatId(), mix.maxTokens())));
      TracedCalls.Call call = call("workload-burst", reply);
      responses.add(
          client
              .sendAsync(call.request(), HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (response, failure) -> {
                    if (failure == null) {
                      call.answered(response.statusCode());
                    } else {
                      call.failed(failure);
                    }
                  }));
    }
    try {
      CompletableFuture.allOf(responses.toArray(CompletableFuture<?>[]::new))
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      logger.debug("Workload burst failed: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
    TracedCalls.Call call = call(clientName, request);
    try {
      call.answered(
          client.send(call.request(), HttpResponse.BodyHandlers.discarding()).statusCode());
    } catch (IOException e) {
      call.failed(e);
      logger.debug("Workload request failed: {}", e.getMessage());
    } catch (InterruptedException e) {
      call.failed(e);
      Thread.currentThread().interrupt();
    }
  }

  private TracedCalls.Call call(String clientName, HttpRequest.Builder request) {
    return calls.start(
        request.header(ClientRateLimiter.CLIENT_HEADER, clientName).timeout(TIMEOUT));
  }
}
