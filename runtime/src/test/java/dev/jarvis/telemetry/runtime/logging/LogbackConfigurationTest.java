package dev.jarvis.telemetry.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.StatusUtil;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jarvis.telemetry.runtime.events.EventKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The encoder as an application meets it: configured from logback.xml, logged to from threads. */
class LogbackConfigurationTest {
  private static final int THREADS = 8;
  private static final int EVENTS_PER_THREAD = 500;

  @TempDir Path directory;

  private final LoggerContext context = new LoggerContext();

  LogbackConfigurationTest() {
    context.setMDCAdapter(new LogbackMDCAdapter());
  }

  /** Logback reports a failing encoder only as an error status, never to the caller. */
  @AfterEach
  void stopWithoutErrors() {
    context.stop();
    assertThat(new StatusUtil(context).isErrorFree(0)).as("Logback reported errors").isTrue();
  }

  @Test
  void logbackXmlSetsThePropertiesAndEveryLineIsAnEntry() throws Exception {
    Path file = configure();

    context
        .getLogger("jarvis.api.generation")
        .atError()
        .addMarker(EventKeys.CRITICAL)
        .setMessage("Database file lost")
        .addKeyValue(EventKeys.TYPE, "db.file.lost")
        .addKeyValue(EventKeys.CATEGORY, "database")
        .log();
    context.stop();

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    JsonNode entry = LogEntrySchema.requireValid(lines.get(0));
    assertThat(entry.get("level").textValue()).isEqualTo("CRITICAL");
    assertThat(entry.get("service").textValue()).isEqualTo("jarvis-api");
    assertThat(entry.get("version").textValue()).isEqualTo("1.2.3");
    assertThat(entry.get("environment").textValue()).isEqualTo("production");
    assertThat(entry.get("event").get("type").textValue()).isEqualTo("db.file.lost");
  }

  @Test
  void threadsLoggingAtOnceGetWholeLinesOfTheirOwn() throws Exception {
    Path file = configure();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String thread = "t" + t;
      // Each thread writes text of its own length, so that mixed-up buffers would show.
      String payload = thread.repeat(1 + t * 40) + "\n\"é\uD83D\uDE00";
      Logger logger = context.getLogger("jarvis.concurrency." + thread);
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < EVENTS_PER_THREAD; i++) {
                  logger
                      .atInfo()
                      .setMessage(thread + " " + i)
                      .addKeyValue("context.thread", thread)
                      .addKeyValue("metrics.index", i)
                      .addKeyValue("metadata.payload", payload)
                      .log();
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    context.stop();

    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(THREADS * EVENTS_PER_THREAD);
    Set<String> messages = new HashSet<>();
    for (String line : lines) {
      JsonNode entry = LogEntrySchema.requireValid(line);
      String thread = entry.get("context").get("thread").textValue();
      int index = entry.get("metrics").get("index").intValue();
      assertThat(entry.get("message").textValue()).isEqualTo(thread + " " + index);
      assertThat(entry.get("metadata").get("payload").textValue())
          .isEqualTo(
              thread.repeat(1 + Integer.parseInt(thread.substring(1)) * 40) + "\n\"é\uD83D\uDE00");
      messages.add(entry.get("message").textValue());
    }
    assertThat(messages).hasSize(THREADS * EVENTS_PER_THREAD);
  }

  private Path configure() throws JoranException, IOException {
    Path file = directory.resolve("jarvis.log");
    context.putProperty("jsonLogFile", file.toString());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(
        getClass().getResource("/dev/jarvis/telemetry/runtime/logging/json-file-logback.xml"));
    return file;
  }
}
