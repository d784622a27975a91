package dev.jarvis.sample.workload;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.sample.ExecutorShutdown;
import dev.jarvis.sample.NamedThreadFactory;
import io.opentelemetry.api.OpenTelemetry;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the service through its public interfaces, over loopback, with real HTTP and WebSocket
 * clients, so that every metric has data and every event occurs within seconds of start: about two
 * reply requests and a health poll a second, a scheduled reply cancelled every five seconds, a
 * burst into the rate limit every five seconds, WebSocket sessions one after the other, and a storm
 * of reconnecting WebSocket clients every twenty seconds. It mostly waits on the service, so it
 * costs little CPU.
 */
public final class Workload implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(Workload.class);

  private static final Duration REPLY_INTERVAL = Duration.ofMillis(400);
  private static final Duration HEALTH_INTERVAL = Duration.ofSeconds(1);
  private static final Duration BURST_INTERVAL = Duration.ofSeconds(5);
  private static final Duration CHANGE_OF_MIND_INTERVAL = Duration.ofSeconds(5);
  private static final Duration STORM_INTERVAL = Duration.ofSeconds(20);
  private static final Duration SOCKET_SESSION_GAP = Duration.ofMillis(500);

  private final ScheduledExecutorService executor;

  private Workload(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /** Starts driving the service at {@code baseUri}, its HTTP requests traced by the SDK given. */
  public static Workload start(URI baseUri, ObjectMapper json, OpenTelemetry openTelemetry) {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    ApiTraffic api =
        new ApiTraffic(client, new TracedCalls(openTelemetry), baseUri, json, new TrafficMix(1));
    SocketTraffic socket = new SocketTraffic(client, baseUri, json, new TrafficMix(2));

    ScheduledExecutorService executor =
        Executors.newScheduledThreadPool(5, new NamedThreadFactory("workload"));
    repeat(executor, api::requestReply, Duration.ofMillis(200), REPLY_INTERVAL);
    repeat(executor, api::pollHealth, Duration.ZERO, HEALTH_INTERVAL);
    repeat(executor, api::burst, Duration.ofSeconds(1), BURST_INTERVAL);
    repeat(executor, api::scheduleThenCancel, Duration.ofSeconds(2), CHANGE_OF_MIND_INTERVAL);
    repeat(executor, socket::runSession, Duration.ofMillis(300), SOCKET_SESSION_GAP);
    repeat(executor, socket::reconnectStorm, Duration.ofMillis(2500), STORM_INTERVAL);
    logger.info("Workload started against {}", baseUri);
    return new Workload(executor);
  }

  @Override
  public void close() {
    ExecutorShutdown.stopNow(executor, "workload");
  }

  @Override
  public String toString() {
    return "workload";
  }

  // A failure is logged, so that one bad round does not end the repetition. The round ends with
  // the executor.
  @SuppressWarnings("FutureReturnValueIgnored")
  private static void repeat(
      ScheduledExecutorService executor, Runnable round, Duration initialDelay, Duration gap) {
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            round.run();
          } catch (RuntimeException e) {
            logger.warn("A workload round failed", e);
          }
        },
        initialDelay.toMillis(),
        gap.toMillis(),
        TimeUnit.MILLISECONDS);
  }
}
