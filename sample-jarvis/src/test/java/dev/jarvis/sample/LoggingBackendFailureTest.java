package dev.jarvis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.spi.FilterReply;
import dev.jarvis.sample.api.ApiEvents;
import dev.jarvis.sample.api.ApiEventsRecorder;
import dev.jarvis.sample.api.ApiMetrics;
import dev.jarvis.sample.api.ApiMetricsRecorder;
import dev.jarvis.sample.api.Endpoint;
import dev.jarvis.sample.api.HttpMethod;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * The logging backend fails, as when the disk the log goes to is full, while the service records
 * through its generated recorders: recording must go on with exact metrics, and the failure must be
 * reported once, not once per event.
 */
class LoggingBackendFailureTest {
  private static final int CALLS = 10_000;
  private static final String EVENT_LOGGER = "jarvis.api";
  private static final String DISK_FULL = "No space left on device";

  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Logger events = context.getLogger(EVENT_LOGGER);
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final JarvisTelemetry telemetry = JarvisTelemetry.builder().registry(registry).build();
  private final ApiEvents apiEvents = new ApiEventsRecorder(telemetry);
  private final ApiMetrics apiMetrics = new ApiMetricsRecorder(telemetry);
  private DiskFullAppender appender;
  private FailingBackend backend;

  @AfterEach
  void repairTheBackend() {
    if (appender != null) {
      events.detachAppender(appender);
      appender.stop();
    }
    if (backend != null) {
      context.getTurboFilterList().remove(backend);
    }
  }

  @Test
  void anAppenderThatThrowsLeavesRecordingExactAndIsReportedOnce() throws Exception {
    appender = new DiskFullAppender();
    appender.setContext(context);
    appender.setName("disk-full");
    appender.start();
    events.addAppender(appender);
    ByteArrayOutputStream standardError = new ByteArrayOutputStream();
    PrintStream originalError = System.err;
    System.setErr(new PrintStream(standardError, true, StandardCharsets.UTF_8));
    try {
      assertThatNoException().isThrownBy(this::recordCalls);
    } finally {
      System.setErr(originalError);
    }

    assertThat(appender.attempts.get()).isEqualTo(CALLS);
    assertThat(requestsRecorded()).isEqualTo(CALLS);
    // Logback absorbs what an appender throws; the JSON encoder of the service's own appender
    // installed the report that says so, once.
    List<String> reports =
        standardError
            .toString(StandardCharsets.UTF_8)
            .lines()
            .filter(line -> line.contains("'disk-full'"))
            .toList();
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0)).contains("log lines are being lost").doesNotContain(DISK_FULL);
  }

  @Test
  void aBackendFailureThatReachesTheRecorderIsCountedAndLoggedOnce() throws Exception {
    LogTail log = LogTail.fromEnd(LogTail.SERVICE_LOG);
    backend = new FailingBackend();
    context.addTurboFilter(backend);

    assertThatNoException().isThrownBy(this::recordCalls);
    context.getTurboFilterList().remove(backend);

    assertThat(backend.failures.get()).isGreaterThanOrEqualTo(CALLS);
    assertThat(requestsRecorded()).isEqualTo(CALLS);
    assertThat(
            scrape()
                .contains(
                    "jarvis_telemetry_event_errors_total{event=\"api.request.complete\"} "
                        + (double) CALLS))
        .as(scrape())
        .isTrue();
    List<String> warnings =
        log.newLines().stream()
            .filter(line -> line.contains("Recording api.request.complete failed"))
            .toList();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).doesNotContain(DISK_FULL);
  }

  private void recordCalls() {
    for (int i = 0; i < CALLS; i++) {
      apiMetrics.requestCompleted(HttpMethod.GET, Endpoint.HEALTH, 200);
      apiEvents.requestCompleted(HttpMethod.GET, Endpoint.HEALTH, 200, Duration.ofMillis(3), 42);
    }
  }

  private double requestsRecorded() {
    for (String line : scrape().split("\n")) {
      if (line.startsWith("jarvis_api_requests_total{") && line.contains("endpoint=\"/health\"")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return Double.NaN;
  }

  private String scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** An appender whose every write fails as a full disk makes it fail. */
  private static final class DiskFullAppender extends AppenderBase<ILoggingEvent> {
    final AtomicInteger attempts = new AtomicInteger();

    @Override
    protected void append(ILoggingEvent event) {
      attempts.incrementAndGet();
      throw new UncheckedIOException(new IOException(DISK_FULL));
    }
  }

  /**
   * A backend that fails inside SLF4J's own calls, before any appender: Logback runs turbo filters
   * from {@code isInfoEnabled()} and {@code log()} alike, so the failure reaches the recorder.
   */
  private static final class FailingBackend extends TurboFilter {
    final AtomicInteger failures = new AtomicInteger();

    @Override
    public FilterReply decide(
        Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
      if (logger != null && logger.getName().equals(EVENT_LOGGER)) {
        failures.incrementAndGet();
        throw new UncheckedIOException(new IOException(DISK_FULL));
      }
      return FilterReply.NEUTRAL;
    }
  }
}
