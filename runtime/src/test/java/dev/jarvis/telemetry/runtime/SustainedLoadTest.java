package dev.jarvis.telemetry.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.telemetry.runtime.events.EventKeys;
import dev.jarvis.telemetry.runtime.export.MetricsServer;
import dev.jarvis.telemetry.runtime.logging.JarvisJsonEncoder;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * Eight threads record as fast as they can for a fixed time, and log an event every thousandth
 * recording through the JSON encoder, while {@code /metrics} is scraped over loopback HTTP every
 * 100 ms. Every scrape must succeed and read back as valid text format, every log line must be one
 * JSON object, no thread may hang, and the final totals must equal what the threads counted.
 *
 * <p>It runs for the full {@value #DEFAULT_SECONDS} s by default; {@code -Djarvis.load.seconds=3}
 * shortens it for a quick local run.
 */
class SustainedLoadTest {
  private static final int DEFAULT_SECONDS = 60;
  private static final int THREADS = 8;
  private static final int EVENT_EVERY = 1000;
  private static final String[] STATUSES = {"200", "404", "500"};

  @Test
  void totalsAreExactAndEveryScrapeSucceedsUnderFullLoad() throws Exception {
    Duration duration = Duration.ofSeconds(Long.getLong("jarvis.load.seconds", DEFAULT_SECONDS));
    PrometheusRegistry registry = new PrometheusRegistry();
    JarvisTelemetry telemetry = JarvisTelemetry.builder().registry(registry).build();
    CounterDataPoint[] requests =
        JarvisTelemetry.grid(
            telemetry.counter("jarvis_api_requests_total", "Requests", "status_code")::labelValues,
            CounterDataPoint[]::new,
            STATUSES);
    DistributionDataPoint latency =
        telemetry.histogram(
            "jarvis_api_request_duration_seconds", "Latency", new double[] {0.1, 1.0});
    OpenSeries<CounterDataPoint> byModel =
        telemetry.openSeries(
            "jarvis_generation_tokens_total",
            1,
            telemetry.counter("jarvis_generation_tokens_total", "Tokens", "model_id")::labelValues);
    LineCheckingStream logOutput = new LineCheckingStream();
    Logger events = eventLogger(logOutput);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    try (MetricsServer server = MetricsServer.builder(telemetry).port(0).start()) {
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicLong slowestScrape = new AtomicLong();
      CountDownLatch start = new CountDownLatch(1);
      List<String> scrapeFailures = new ArrayList<>();
      Future<Integer> scraper =
          pool.submit(
              () -> {
                start.await();
                int scrapes = 0;
                while (running.get()) {
                  long started = System.nanoTime();
                  try {
                    HttpResponse<String> response = Scrapes.get(server.port());
                    if (response.statusCode() != 200) {
                      scrapeFailures.add("status " + response.statusCode());
                    } else {
                      TextFormat.parse(response.body().getBytes(StandardCharsets.UTF_8));
                    }
                  } catch (IOException | IllegalArgumentException e) {
                    scrapeFailures.add(e.toString());
                  }
                  scrapes++;
                  slowestScrape.accumulateAndGet(System.nanoTime() - started, Math::max);
                  Thread.sleep(100);
                }
                return scrapes;
              });
      List<Future<long[]>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  long[] counted = new long[STATUSES.length + 1];
                  long deadline = System.nanoTime() + duration.toNanos();
                  long i = 0;
                  while ((i & 1023) != 0 || System.nanoTime() < deadline) {
                    int status = (int) ((thread + i) % STATUSES.length);
                    requests[status].inc();
                    counted[status]++;
                    latency.observe((i & 1) == 0 ? 0.05 : 0.5);
                    byModel.get("model-" + (i & 3)).inc();
                    if (i % EVENT_EVERY == 0) {
                      events
                          .atInfo()
                          .setMessage("Request completed")
                          .addKeyValue(EventKeys.TYPE, "api.request.complete")
                          .addKeyValue(EventKeys.CONTEXT + "request_id", thread + "-" + i)
                          .addKeyValue(EventKeys.METRICS + "latency_ms", 1.5)
                          .log();
                      counted[STATUSES.length]++;
                    }
                    i++;
                  }
                  return counted;
                }));
      }
      // The first request warms the client and the server up, outside the measured load.
      assertThat(Scrapes.get(server.port()).statusCode()).isEqualTo(200);
      start.countDown();
      long[] totals = new long[STATUSES.length + 1];
      for (Future<long[]> worker : workers) {
        long[] counted = worker.get(duration.toSeconds() + 60, TimeUnit.SECONDS);
        for (int k = 0; k < totals.length; k++) {
          totals[k] += counted[k];
        }
      }
      running.set(false);
      int scrapes = scraper.get(30, TimeUnit.SECONDS);

      String exposition = Scrapes.get(server.port()).body();
      long recordings = 0;
      for (int k = 0; k < STATUSES.length; k++) {
        assertThat(
                Scrapes.value(
                    exposition, "jarvis_api_requests_total{status_code=\"" + STATUSES[k] + "\"}"))
            .isEqualTo(totals[k]);
        recordings += totals[k];
      }
      assertThat(Scrapes.value(exposition, "jarvis_api_request_duration_seconds_count"))
          .isEqualTo(recordings);
      double tokens = 0;
      for (int model = 0; model < 4; model++) {
        tokens +=
            Scrapes.value(
                exposition, "jarvis_generation_tokens_total{model_id=\"model-" + model + "\"}");
      }
      assertThat(tokens).isEqualTo(recordings);
      assertThat(scrapeFailures).isEmpty();
      // Scrapes are asked for every 100 ms; eight threads spinning on a machine with fewer cores
      // delay them, so the bound is one a second, which still catches a scrape that blocks.
      assertThat(scrapes).isGreaterThanOrEqualTo((int) duration.toSeconds());
      assertThat(logOutput.lines()).isEqualTo(totals[STATUSES.length]);
      assertThat(logOutput.invalidLines()).isEmpty();
      System.out.printf(
          "load: %d threads for %d s, %,d recordings (%,d a second), %,d events logged,"
              + " %d scrapes (slowest %,d ms), 0 failures%n",
          THREADS,
          duration.toSeconds(),
          recordings,
          recordings / duration.toSeconds(),
          totals[STATUSES.length],
          scrapes,
          slowestScrape.get() / 1_000_000);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Logger eventLogger(OutputStream output) {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    JarvisJsonEncoder encoder = new JarvisJsonEncoder();
    encoder.setContext(context);
    encoder.start();
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(output);
    appender.start();
    ch.qos.logback.classic.Logger logger = context.getLogger("jarvis.api");
    logger.setLevel(Level.INFO);
    logger.addAppender(appender);
    return logger;
  }

  /**
   * Takes the log as a file would, and checks each line as it completes: one JSON object; lines are
   * not kept, so that a long run holds no more memory than a short one.
   */
  private static final class LineCheckingStream extends OutputStream {
    private static final ObjectMapper json = new ObjectMapper();
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    private final List<String> invalid = new ArrayList<>();
    private long lines;

    @Override
    public synchronized void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        if (bytes[i] == '\n') {
          check(line.toString(StandardCharsets.UTF_8));
          line.reset();
        } else {
          line.write(bytes[i]);
        }
      }
    }

    private void check(String text) {
      lines++;
      try {
        if (!json.readTree(text).isObject()) {
          invalid.add(text);
        }
      } catch (IOException e) {
        invalid.add(text);
      }
    }

    synchronized long lines() {
      return lines;
    }

    synchronized List<String> invalidLines() {
      return List.copyOf(invalid);
    }
  }
}
