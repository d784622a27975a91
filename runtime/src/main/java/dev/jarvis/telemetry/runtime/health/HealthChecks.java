package dev.jarvis.telemetry.runtime.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health checks an application registers, one per component. A check that throws or returns
 * null counts as unhealthy; its failure is logged once, and again only after the check has passed
 * in between. Changes of status are logged at INFO.
 *
 * <p>Checks run on threads of their own and are waited for at most the timeout (two seconds unless
 * told otherwise), so that a check that hangs, on a locked file say, cannot stall a scrape of
 * {@code /metrics} past Prometheus's own timeout: it counts as unhealthy instead. While a check
 * that has run past its timeout is still going, asking again answers at once, unhealthy, without
 * starting it a second time, so a hanging check holds one thread, not one per scrape. {@link
 * #close} stops the threads.
 *
 * <pre>{@code
 * HealthChecks health = new HealthChecks();
 * health.register("imessage", () -> db.isReadable() ? healthy("answers") : unhealthy("locked"));
 * healthMetrics.componentStatus(IMESSAGE, () -> health.check("imessage").status().gaugeValue());
 * }</pre>
 */
public final class HealthChecks implements AutoCloseable {

  /** How long a check is waited for unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  private static final Logger logger = LoggerFactory.getLogger(HealthChecks.class);

  private final long timeoutNanos;
  private final ExecutorService runner = Executors.newCachedThreadPool(new CheckThreads());
  private final Map<String, HealthCheck> checks =
      Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  private final Map<String, HealthStatus> lastStatus = new ConcurrentHashMap<>();
  private final Set<String> failing = ConcurrentHashMap.newKeySet();
  private final Set<String> hanging = ConcurrentHashMap.newKeySet();

  /** Checks waited for at most {@link #DEFAULT_TIMEOUT}. */
  public HealthChecks() {
    this(DEFAULT_TIMEOUT);
  }

  /** Checks waited for at most {@code timeout} each. */
  public HealthChecks(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    this.timeoutNanos = timeout.toNanos();
  }

  /** Registers the check of a component, replacing any earlier one. */
  public void register(String component, HealthCheck check) {
    if (component == null || check == null) {
      throw new IllegalArgumentException("component and check must not be null");
    }
    checks.put(component, check);
  }

  /**
   * Runs the component's check and waits for it at most the timeout; never throws. A component
   * without a check, or whose check does not answer in time, is unhealthy.
   */
  public ComponentHealth check(String component) {
    return recorded(component, await(component, runOf(component)));
  }

  /**
   * Runs every check, all at once, and reports them in registration order; waits at most about the
   * timeout in all.
   */
  public HealthReport checkAll() {
    Map<String, Run> started = new LinkedHashMap<>();
    for (String component : components()) {
      started.put(component, runOf(component));
    }
    Map<String, ComponentHealth> results = new LinkedHashMap<>();
    started.forEach(
        (component, run) -> results.put(component, recorded(component, await(component, run))));
    return new HealthReport(results);
  }

  /** Stops the threads that run the checks, interrupting any check still running. */
  @Override
  public void close() {
    runner.shutdownNow();
  }

  // The component's run still going, or a new one; null when the component has no check or the
  // checks are closed.
  private Run runOf(String component) {
    HealthCheck check = checks.get(component);
    if (check == null) {
      return null;
    }
    return runs.compute(
        component,
        (name, earlier) ->
            earlier != null && !earlier.result().isDone() ? earlier : start(name, check));
  }

  // Waits for the run until its timeout, counted from its start: a run past its timeout, left to
  // finish on its own, is answered for at once.
  private ComponentHealth await(String component, Run run) {
    if (run == null) {
      return ComponentHealth.unhealthy(
          runner.isShutdown() ? "health checks are closed" : "no health check registered");
    }
    long waited = System.nanoTime() - run.startedNanos();
    try {
      ComponentHealth health =
          run.result().get(Math.max(0, timeoutNanos - waited), TimeUnit.NANOSECONDS);
      hanging.remove(component);
      return health;
    } catch (TimeoutException e) {
      if (hanging.add(component)) {
        logger.warn(
            "Health check of {} has not answered within {} ms; it counts as unhealthy until it does",
            component,
            TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
      }
      return ComponentHealth.unhealthy(
          "check has not answered for "
              + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - run.startedNanos())
              + " ms");
    } catch (ExecutionException e) {
      // An error other than a linkage error, which run() lets through.
      return ComponentHealth.unhealthy("check failed: " + e.getCause().getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ComponentHealth.unhealthy("interrupted while waiting for the check");
    }
  }

  // Remembers the status and logs a change.
  private ComponentHealth recorded(String component, ComponentHealth health) {
    HealthStatus previous = lastStatus.put(component, health.status());
    if (previous != null && previous != health.status()) {
      logger.info(
          "Health of {} changed from {} to {}: {}",
          component,
          previous,
          health.status(),
          health.detail());
    }
    return health;
  }

  // Null once closed.
  private Run start(String component, HealthCheck check) {
    long startedNanos = System.nanoTime();
    try {
      return new Run(runner.submit(() -> run(component, check)), startedNanos);
    } catch (RejectedExecutionException closed) {
      return null;
    }
  }

  private ComponentHealth run(String component, HealthCheck check) {
    try {
      ComponentHealth health = check.check();
      if (health == null) {
        throw new IllegalStateException("the check returned null");
      }
      failing.remove(component);
      return health;
    } catch (Exception | LinkageError failure) {
      if (failing.add(component)) {
        logger.warn("Health check of {} failed; it counts as unhealthy", component, failure);
      }
      // The exception's message may quote data, so only its type is shown.
      return ComponentHealth.unhealthy("check failed: " + failure.getClass().getSimpleName());
    }
  }

  private List<String> components() {
    synchronized (checks) {
      return new ArrayList<>(checks.keySet());
    }
  }

  /** One run of a component's check: its result to come, and when it started. */
  private record Run(Future<ComponentHealth> result, long startedNanos) {}

  /** Daemon threads, so that a hanging check never keeps the application from exiting. */
  private static final class CheckThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "jarvis-health-check-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
