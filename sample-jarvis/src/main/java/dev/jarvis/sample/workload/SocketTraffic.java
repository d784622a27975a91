package dev.jarvis.sample.workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.sample.api.ClientRateLimiter;
import dev.jarvis.sample.websocket.WebSocketEndpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket clients of the workload. Each session subscribes to health updates, asks for one
 * streamed and one whole reply, asks for a third and cancels it after its first token, sends a
 * message of a type the service does not know, as a newer client does, pings faster than the rate
 * limit allows, listens a moment, and closes, so that connections open and close all the time. Now
 * and then many clients reconnect at once, more than the service takes.
 */
final class SocketTraffic {
  private static final Logger logger = LoggerFactory.getLogger(SocketTraffic.class);

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int PINGS = 14;
  private static final Duration LISTENING = Duration.ofMillis(1500);
  private static final String CANCELLED_PROMPT =
      "what do you think we should plan for the trip next month";
  private static final int STORM_CONNECTIONS = WebSocketEndpoint.MAX_CONNECTIONS + 2;
  private static final Duration STORM_HOLD = Duration.ofMillis(300);

  private final HttpClient client;
  private final URI socketUri;
  private final ObjectMapper json;
  private final TrafficMix mix;

  SocketTraffic(HttpClient client, URI baseUri, ObjectMapper json, TrafficMix mix) {
    this.client = client;
    this.socketUri = URI.create(baseUri.toString().replaceFirst("^http", "ws") + "/ws");
    this.json = json;
    this.mix = mix;
  }

  /** Runs one session from connect to close; the close is not waited for. */
  @SuppressWarnings("FutureReturnValueIgnored")
  void runSession() {
    Inbox inbox = new Inbox(json);
    WebSocket socket;
    try {
      socket = connect("workload-socket", inbox).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      logger.debug("Workload WebSocket did not connect: {}", e.getMessage());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      send(socket, Map.of("type", "subscribe_health"));
      generate(socket, inbox, true);
      generate(socket, inbox, false);
      generateAndCancel(socket, inbox);
      send(socket, Map.of("type", "presence", "status", "typing"));
      for (int i = 0; i < PINGS; i++) {
        send(socket, Map.of("type", "ping"));
      }
      Thread.sleep(LISTENING.toMillis());
    } catch (ExecutionException | TimeoutException e) {
      logger.debug("Workload WebSocket session failed: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
  }

  /**
   * Opens more connections at once than the service takes, as clients reconnecting after a network
   * change do, holds them a moment, and closes those the service took, without waiting.
   */
  @SuppressWarnings("FutureReturnValueIgnored")
  void reconnectStorm() {
    List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
    for (int i = 0; i < STORM_CONNECTIONS; i++) {
      opening.add(connect("workload-storm-" + i, new Inbox(json)));
    }
    try {
      CompletableFuture.allOf(opening.toArray(CompletableFuture<?>[]::new))
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      Thread.sleep(STORM_HOLD.toMillis());
    } catch (ExecutionException | TimeoutException e) {
      logger.debug("Workload reconnect storm failed: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      for (CompletableFuture<WebSocket> socket : opening) {
        socket.thenAccept(open -> open.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
      }
    }
  }

  private CompletableFuture<WebSocket> connect(String clientName, Inbox inbox) {
    return client
        .newWebSocketBuilder()
        .header(ClientRateLimiter.CLIENT_HEADER, clientName)
        .connectTimeout(TIMEOUT)
        .buildAsync(socketUri, inbox);
  }

  private void generate(WebSocket socket, Inbox inbox, boolean stream)
      throws ExecutionException, TimeoutException, InterruptedException {
    send(
        socket,
        Map.of(
            "type", "generate",
            "prompt", mix.prompt(),
            "chat_id", mix.chatId(),
            "max_tokens", mix.maxTokens(),
            "stream", stream));
    inbox.awaitEndOfGeneration(TIMEOUT);
  }

  // A chat few requests touch, so that no prefetched draft answers at once.
  private void generateAndCancel(WebSocket socket, Inbox inbox)
      throws ExecutionException, TimeoutException, InterruptedException {
    send(
        socket,
        Map.of(
            "type",
            "generate",
            "prompt",
            CANCELLED_PROMPT,
            "chat_id",
            mix.quietChatId(),
            "max_tokens",
            64,
            "stream",
            true));
    JsonNode first = inbox.awaitGenerationMessage(TIMEOUT);
    if (first.path("type").asText().equals("token")) {
      send(socket, Map.of("type", "cancel", "generation_id", first.path("generation_id").asText()));
      inbox.awaitEndOfGeneration(TIMEOUT);
    }
  }

  private void send(WebSocket socket, Map<String, Object> message)
      throws ExecutionException, TimeoutException, InterruptedException {
    String text;
    try {
      text = json.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings, numbers and booleans is always JSON", e);
    }
    socket.sendText(text, true).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Collects the server's messages, reassembled from their frames. */
  private static final class Inbox implements WebSocket.Listener {
    private static final String CLOSED = "closed";

    private final ObjectMapper json;
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();

    Inbox(ObjectMapper json) {
      this.json = json;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          messages.add(json.readTree(partial.toString()));
        } catch (JsonProcessingException e) {
          logger.debug("The server sent a message that is not JSON: {}", e.getMessage());
        }
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }

    // A connection the service closed, as it does past its capacity, ends every wait at once.
    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
      messages.add(json.createObjectNode().put("type", CLOSED));
      return null;
    }

    /**
     * Waits for the {@code complete} or {@code error} message that ends a generation, or for the
     * connection to close.
     */
    void awaitEndOfGeneration(Duration timeout) throws InterruptedException, TimeoutException {
      while (true) {
        String type = awaitGenerationMessage(timeout).path("type").asText();
        if (!type.equals("token")) {
          return;
        }
      }
    }

    /**
     * Waits for the next {@code token}, {@code complete} or {@code error} message, or for the
     * connection to close.
     */
    JsonNode awaitGenerationMessage(Duration timeout)
        throws InterruptedException, TimeoutException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        JsonNode message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (message == null) {
          throw new TimeoutException("no generation message within " + timeout.toSeconds() + " s");
        }
        String type = message.path("type").asText();
        if (List.of("token", "complete", "error", CLOSED).contains(type)) {
          return message;
        }
      }
    }
  }
}
