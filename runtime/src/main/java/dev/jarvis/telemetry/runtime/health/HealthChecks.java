package dev.jarvis.telemetry.runtime.health;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health checks an application registers, one per component. A check that throws or returns
 * null counts as unhealthy; its failure is logged once, and again only after the check has passed
 * in between. Changes of status are logged at INFO.
 *
 * <pre>{@code
 * HealthChecks health = new HealthChecks();
 * health.register("imessage", () -> db.isReadable() ? healthy("answers") : unhealthy("locked"));
 * healthMetrics.componentStatus(IMESSAGE, () -> health.check("imessage").status().gaugeValue());
 * }</pre>
 */
public final class HealthChecks {
  private static final Logger logger = LoggerFactory.getLogger(HealthChecks.class);

  private final Map<String, HealthCheck> checks =
      Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, HealthStatus> lastStatus = new ConcurrentHashMap<>();
  private final Set<String> failing = ConcurrentHashMap.newKeySet();

  /** Registers the check of a component, replacing any earlier one. */
  public void register(String component, HealthCheck check) {
    if (component == null || check == null) {
      throw new IllegalArgumentException("component and check must not be null");
    }
    checks.put(component, check);
  }

  /** Runs the component's check; never throws. A component without a check is unhealthy. */
  public ComponentHealth check(String component) {
    HealthCheck check = checks.get(component);
    ComponentHealth health =
        check == null
            ? ComponentHealth.unhealthy("no health check registered")
            : run(component, check);
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

  /** Runs every check, in registration order. */
  public HealthReport checkAll() {
    Map<String, ComponentHealth> results = new LinkedHashMap<>();
    for (String component : components()) {
      results.put(component, check(component));
    }
    return new HealthReport(results);
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
}
