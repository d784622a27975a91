package dev.jarvis.telemetry.benchmarks.events;

import ch.qos.logback.classic.Level;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import dev.jarvis.telemetry.runtime.privacy.IdentifierHasher;
import dev.jarvis.telemetry.runtime.privacy.Privacy;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cost of a disabled event: a DEBUG token event through the generated recorder while {@code
 * jarvis.generation} logs at INFO, against the level check alone on the same Logback logger. The
 * goal is at most 1.5 times the level check and no allocation; run with {@code -prof gc} to see the
 * bytes per call.
 *
 * <p>The recorder's arguments are the fields of a token read from a {@link TokenSequence}, as the
 * code that streams a token holds them; the baseline steps the same cursor but reads no token. Java
 * evaluates a call's arguments before the call, enabled or not, so where they come from is part of
 * what a call site pays: reading them from five parallel arrays instead of one token costs five
 * range checks, which took the recorder to three times the level check in a first run. {@link
 * #generatedConstantArguments} leaves out the arguments' cost altogether.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class DisabledEventBenchmark {

  /** Held as the generated recorder holds its logger, so both check the level the same way. */
  private static final Logger LOGGER = LoggerFactory.getLogger(BenchGenerationEvents.LOGGER);

  /** The recorder, shared by all benchmark threads as it would be in an application. */
  @State(Scope.Benchmark)
  public static class Events {
    final TokenSequence sequence = new TokenSequence();
    final Privacy privacy = new Privacy(IdentifierHasher.unkeyed());
    BenchGenerationEvents recorder;
    private Level previousLevel;

    @Setup
    public void disableDebug() {
      ch.qos.logback.classic.Logger logger = logbackLogger();
      previousLevel = logger.getLevel();
      logger.setLevel(Level.INFO);
      if (LOGGER.isDebugEnabled()) {
        throw new IllegalStateException(
            "DEBUG is still enabled on "
                + BenchGenerationEvents.LOGGER
                + " at level INFO; the benchmark would measure an enabled event");
      }
      // An unkeyed hasher given here keeps the runtime from reading JARVIS_HASH_KEY and warning.
      recorder =
          new BenchGenerationEventsRecorder(
              JarvisTelemetry.builder()
                  .registry(new PrometheusRegistry())
                  .privacy(privacy)
                  .build());
    }

    @TearDown
    public void restoreLevel() {
      logbackLogger().setLevel(previousLevel);
    }

    private static ch.qos.logback.classic.Logger logbackLogger() {
      if (LOGGER instanceof ch.qos.logback.classic.Logger logger) {
        return logger;
      }
      throw new IllegalStateException(
          "SLF4J is bound to " + LOGGER.getClass().getName() + ", not to Logback");
    }
  }

  @Benchmark
  public void generatedRecorder(Events events, Cursor cursor) {
    TokenSequence.Token token = events.sequence.tokens[cursor.next(TokenSequence.LENGTH)];
    events.recorder.tokenGenerated(
        token.requestId(), token.chatId(), token.model(), token.tokenIndex(), token.latencyMs());
  }

  /**
   * A call site whose arguments are constants or already in registers: only the level check and the
   * recorder's call are left. A diagnostic: the difference to {@link #generatedRecorder} is the
   * cost of loading the arguments.
   */
  @Benchmark
  public void generatedConstantArguments(Events events, Cursor cursor) {
    cursor.next(TokenSequence.LENGTH);
    events.recorder.tokenGenerated("req_0", "iMessage;-;+4915100000000", ModelTier.SMALL, 1, 12.5);
  }

  /**
   * The same event written by hand at the call site, guarded by the same level check: what an
   * application without the recorder would write. A diagnostic: it reads the same token, so the
   * difference to {@link #generatedRecorder} is the cost of the recorder itself.
   */
  @Benchmark
  public void handWrittenGuard(Events events, Cursor cursor) {
    TokenSequence.Token token = events.sequence.tokens[cursor.next(TokenSequence.LENGTH)];
    if (LOGGER.isDebugEnabled()) {
      LOGGER
          .atDebug()
          .setMessage("Token generated")
          .addKeyValue("event.type", "generation.token")
          .addKeyValue("event.category", "generation")
          .addKeyValue("context.request_id", token.requestId())
          .addKeyValue("context.chat_id_hash", events.privacy.hash(token.chatId()))
          .addKeyValue("metadata.model", token.model().name().toLowerCase(Locale.ROOT))
          .addKeyValue("metrics.token_index", token.tokenIndex())
          .addKeyValue("metrics.latency_ms", token.latencyMs())
          .log();
    }
  }

  @Benchmark
  public boolean isDebugEnabled(Cursor cursor) {
    cursor.next(TokenSequence.LENGTH);
    return LOGGER.isDebugEnabled();
  }
}
