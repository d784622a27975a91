package dev.jarvis.telemetry.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.status.StatusListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppenderFailureReportTest {
  private static final String DISK_FULL = "No space left on device, writing chat-4711";

  private final LoggerContext context = new LoggerContext();
  private final ByteArrayOutputStream standardError = new ByteArrayOutputStream();
  private PrintStream originalError;

  @BeforeEach
  void captureStandardError() {
    originalError = System.err;
    System.setErr(new PrintStream(standardError, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStandardError() {
    System.setErr(originalError);
    context.stop();
  }

  @Test
  void everyEncoderOfAContextSharesOneReport() {
    startEncoder();
    startEncoder();

    List<StatusListener> reports =
        context.getStatusManager().getCopyOfStatusListenerList().stream()
            .filter(AppenderFailureReport.class::isInstance)
            .toList();
    assertThat(reports).hasSize(1);
  }

  @Test
  void aFailingAppenderIsReportedOnceWithItsNameAndTheFailuresTypeOnly() {
    startEncoder();
    Logger logger = context.getLogger("jarvis.api");
    logger.addAppender(diskFull("disk-full"));
    logger.addAppender(diskFull("second-disk"));

    for (int i = 0; i < 1_000; i++) {
      logger.info("Request completed");
    }

    List<String> lines = standardError.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines)
        .containsExactlyInAnyOrder(
            "Jarvis Telemetry: log appender 'disk-full' failed with java.io.UncheckedIOException;"
                + " its log lines are being lost. Later failures of it are not reported.",
            "Jarvis Telemetry: log appender 'second-disk' failed with java.io.UncheckedIOException;"
                + " its log lines are being lost. Later failures of it are not reported.");
  }

  private void startEncoder() {
    JarvisJsonEncoder encoder = new JarvisJsonEncoder();
    encoder.setContext(context);
    encoder.start();
  }

  private AppenderBase<ILoggingEvent> diskFull(String name) {
    AppenderBase<ILoggingEvent> appender =
        new AppenderBase<>() {
          @Override
          protected void append(ILoggingEvent event) {
            throw new UncheckedIOException(new IOException(DISK_FULL));
          }
        };
    appender.setContext(context);
    appender.setName(name);
    appender.start();
    return appender;
  }
}
