package dev.jarvis.sample.workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WebSocket client of the workload. Each session subscribes to health updates, asks for one
 * streamed and one whole reply, pings faster than the rate limit allows, listens a moment, and
 * closes, so that connections open and close all the time.
 */
final class SocketTraffic {
  private static final Logger logger = LoggerFactory.getLogger(SocketTraffic.class);

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int PINGS = 14;
  private static final Duration LISTENING = Duration.ofMillis(1500);

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

  /** Runs one session from connect to close. */
  void runSession() {
    Inbox inbox = new Inbox(json);
    WebSocket socket;
    try {
      socket =
          client
              .newWebSocketBuilder()
              .connectTimeout(TIMEOUT)
              .buildAsync(socketUri, inbox)
              .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
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

    /** Waits for the {@code complete} or {@code error} message that ends a generation. */
    void awaitEndOfGeneration(Duration timeout) throws InterruptedException, TimeoutException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        JsonNode message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (message == null) {
          throw new TimeoutException("no end of generation within " + timeout.toSeconds() + " s");
        }
        String type = message.path("type").asText();
        if (type.equals("complete") || type.equals("error")) {
          return;
        }
      }
    }
  }
}
