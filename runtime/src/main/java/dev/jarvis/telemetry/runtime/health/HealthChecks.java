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
 * null counts as unhealthy; the first such failure of a component is logged, and logged again only
 * after the check has passed in between.
 *
 * <pre>{@code
 * HealthChecks health = new HealthChecks();
 * health.register("imessage", () -> chatDb.isReadable() ? HEALTHY : UNHEALTHY);
 * healthMetrics.componentStatus(Component.IMESSAGE, () -> health.status("imessage").gaugeValue());
 * }</pre>
 */
public final class HealthChecks {
  private static final Logger logger = LoggerFactory.getLogger(HealthChecks.class);

  private final Map<String, HealthCheck> checks =
      Collections.synchronizedMap(new LinkedHashMap<>());
  private final Set<String> failing = ConcurrentHashMap.newKeySet();

  /** Registers the check of a component, replacing any earlier one. */
  public void register(String component, HealthCheck check) {
    if (component == null || check == null) {
      throw new IllegalArgumentException("component and check must not be null");
    }
    checks.put(component, check);
  }

  /** Runs the component's check; a component without a check is unhealthy. */
  public HealthStatus status(String component) {
    HealthCheck check = checks.get(component);
    if (check == null) {
      return HealthStatus.UNHEALTHY;
    }
    try {
      HealthStatus status = check.check();
      if (status == null) {
        throw new IllegalStateException("the check returned null");
      }
      failing.remove(component);
      return status;
    } catch (Exception | LinkageError failure) {
      if (failing.add(component)) {
        logger.warn("Health check of {} failed; it counts as unhealthy", component, failure);
      }
      return HealthStatus.UNHEALTHY;
    }
  }

  /** Runs every check, in registration order. */
  public Map<String, HealthStatus> statuses() {
    Map<String, HealthStatus> statuses = new LinkedHashMap<>();
    for (String component : components()) {
      statuses.put(component, status(component));
    }
    return statuses;
  }

  /** The worst status of all components; healthy when none is registered. */
  public static HealthStatus overall(Map<String, HealthStatus> statuses) {
    return statuses.values().stream().reduce(HealthStatus.HEALTHY, HealthStatus::worse);
  }

  private List<String> components() {
    synchronized (checks) {
      return new ArrayList<>(checks.keySet());
    }
  }
}
