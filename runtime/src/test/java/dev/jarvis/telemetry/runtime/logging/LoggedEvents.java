package dev.jarvis.telemetry.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * Logs through a private Logback context, as an application logs through SLF4J, and hands back the
 * events Logback made, so that tests encode real events rather than hand-built ones.
 */
final class LoggedEvents {
  private final LoggerContext context = new LoggerContext();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  LoggedEvents() {
    context.setMDCAdapter(new LogbackMDCAdapter());
    appender.setContext(context);
    appender.start();
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.TRACE);
    root.addAppender(appender);
  }

  /** Runs {@code logging} on the logger {@code loggerName} and returns the one event it made. */
  ILoggingEvent capture(String loggerName, Consumer<Logger> logging) {
    appender.list.clear();
    logging.accept(context.getLogger(loggerName));
    assertThat(appender.list).hasSize(1);
    return appender.list.get(0);
  }

  /** Runs {@code logging} on the logger {@code jarvis.test} and returns the one event it made. */
  ILoggingEvent capture(Consumer<Logger> logging) {
    return capture("jarvis.test", logging);
  }

  /** An encoder in this context with the default properties, started. */
  JarvisJsonEncoder startedEncoder() {
    JarvisJsonEncoder encoder = new JarvisJsonEncoder();
    encoder.setContext(context);
    encoder.start();
    return encoder;
  }
}
