package dev.jarvis.telemetry.benchmarks.events;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.read.ListAppender;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import dev.jarvis.telemetry.runtime.logging.JarvisJsonEncoder;
import dev.jarvis.telemetry.runtime.privacy.IdentifierHasher;
import dev.jarvis.telemetry.runtime.privacy.Privacy;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.logstash.logback.encoder.LogstashEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;

/**
 * The cost of encoding one enabled event to the bytes of a log line: the Jarvis encoder against
 * Logback's own {@link JsonEncoder} and logstash-logback-encoder's {@link LogstashEncoder}, each
 * with its default settings. The goal is at least twice the throughput of each, that is at most
 * half the time per line.
 *
 * <p>All three encode the same {@link ILoggingEvent}: a {@code generation.complete} event with
 * eight fields, logged once through the generated recorder into a {@link ListAppender}. Only {@code
 * encode} is measured; logging the event, which is the same for every encoder, is not.
 *
 * <p>The three do not write the same line, though lines of similar length (about 500, 650 and 530
 * bytes). The Jarvis encoder writes the roadmap's entry, with the pairs sorted into sections.
 * Logback's encoder writes the pairs as a list of one-member objects under their full keys, every
 * value as a string, and adds the sequence number, the nanoseconds, the logger context and the MDC.
 * logstash-logback-encoder writes the pairs as top-level members, with the thread name and the
 * level's number. {@link Encoders#checkLines()} requires of each line only that it holds every
 * field of the event.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class EncodedEventBenchmark {

  private static final String CHAT_ID = "iMessage;-;+4915112345678";

  /** The event and the encoders, shared as one appender's encoder is shared by every thread. */
  @State(Scope.Benchmark)
  public static class Encoders {
    ILoggingEvent event;
    JarvisJsonEncoder jarvis;
    JsonEncoder logback;
    LogstashEncoder logstash;
    private String chatHash;

    @Setup
    public void encodeOnce() {
      LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
      IdentifierHasher hasher = IdentifierHasher.unkeyed();
      chatHash = hasher.hash(CHAT_ID);
      event = logOneEvent(context, new Privacy(hasher));

      jarvis = new JarvisJsonEncoder();
      jarvis.setService("jarvis-api");
      jarvis.setVersion("1.2.3");
      jarvis.setEnvironment("production");
      logback = new JsonEncoder();
      logstash = new LogstashEncoder();
      for (Encoder<ILoggingEvent> encoder : List.of(jarvis, logback, logstash)) {
        encoder.setContext(context);
        encoder.start();
      }
      checkLines();
    }

    /**
     * Logs the event through the generated recorder into a list. The logger is set to INFO and
     * detached from its parents' appenders for that one call, so the event reaches only the list.
     */
    private static ILoggingEvent logOneEvent(LoggerContext context, Privacy privacy) {
      BenchGenerationEvents recorder =
          new BenchGenerationEventsRecorder(
              JarvisTelemetry.builder()
                  .registry(new PrometheusRegistry())
                  .privacy(privacy)
                  .build());
      Logger logger = context.getLogger(BenchGenerationEvents.LOGGER);
      ListAppender<ILoggingEvent> list = new ListAppender<>();
      list.setContext(context);
      list.start();
      Level level = logger.getLevel();
      boolean additive = logger.isAdditive();
      logger.setLevel(Level.INFO);
      logger.setAdditive(false);
      logger.addAppender(list);
      try {
        recorder.generationCompleted(
            "req_7f3a2c9e41b8",
            CHAT_ID,
            ModelTier.LARGE,
            FinishReason.STOP,
            412,
            187,
            2_340L,
            79.9);
      } finally {
        logger.detachAppender(list);
        logger.setAdditive(additive);
        logger.setLevel(level);
      }
      if (list.list.size() != 1) {
        throw new IllegalStateException(
            "the recorder logged "
                + list.list.size()
                + " events instead of one; see jarvis_telemetry_event_errors_total");
      }
      return list.list.get(0);
    }

    /** Fails the trial when an encoder leaves out a field, which would make it look faster. */
    void checkLines() {
      List<String> fields =
          List.of(
              "generation.complete",
              "model_inference",
              "Generation completed",
              "req_7f3a2c9e41b8",
              chatHash,
              "large",
              "stop",
              "412",
              "187",
              "2340",
              "79.9");
      check("JarvisJsonEncoder", jarvis, fields);
      check("JsonEncoder", logback, fields);
      check("LogstashEncoder", logstash, fields);
    }

    private void check(String name, Encoder<ILoggingEvent> encoder, List<String> fields) {
      String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
      for (String field : fields) {
        if (!line.contains(field)) {
          throw new IllegalStateException(name + " left out '" + field + "': " + line);
        }
      }
    }
  }

  @Benchmark
  public byte[] jarvisEncoder(Encoders encoders) {
    return encoders.jarvis.encode(encoders.event);
  }

  @Benchmark
  public byte[] logbackJsonEncoder(Encoders encoders) {
    return encoders.logback.encode(encoders.event);
  }

  @Benchmark
  public byte[] logstashEncoder(Encoders encoders) {
    return encoders.logstash.encode(encoders.event);
  }
}
