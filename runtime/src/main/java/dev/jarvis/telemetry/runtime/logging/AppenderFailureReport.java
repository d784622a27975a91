package dev.jarvis.telemetry.runtime.logging;

import ch.qos.logback.core.Appender;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Says on standard error, once per appender, that an appender fails to write log lines, as when the
 * disk the log goes to is full. Logback absorbs what an appender throws and keeps it in its status
 * manager, which nothing reads while the application runs, and the failing log cannot carry the
 * news itself; without this the lines would be lost in silence. Only the exception's type is
 * written, since its message may quote what was being logged.
 */
public final class AppenderFailureReport implements StatusListener {
  private static final String CONTEXT_KEY = AppenderFailureReport.class.getName();

  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  /** Listens to the context's status, once however many encoders ask. */
  public static void installOn(Context context) {
    ReentrantLock lock = context.getConfigurationLock();
    lock.lock();
    try {
      if (context.getObject(CONTEXT_KEY) == null) {
        AppenderFailureReport report = new AppenderFailureReport();
        context.putObject(CONTEXT_KEY, report);
        context.getStatusManager().add(report);
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void addStatusEvent(Status status) {
    if (status.getLevel() != Status.ERROR
        || !(status.getOrigin() instanceof Appender<?> appender)) {
      return;
    }
    String name = String.valueOf(appender.getName());
    if (reported.add(name)) {
      Throwable failure = status.getThrowable();
      System.err.println(
          "Jarvis Telemetry: log appender '"
              + name
              + "' failed"
              + (failure == null ? "" : " with " + failure.getClass().getName())
              + "; its log lines are being lost. Later failures of it are not reported.");
    }
  }

  /** Kept when the context is reset, as on a reconfiguration, since appenders outlive it. */
  @Override
  public boolean isResetResistant() {
    return true;
  }
}
