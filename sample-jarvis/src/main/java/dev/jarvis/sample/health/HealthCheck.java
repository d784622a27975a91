package dev.jarvis.sample.health;

/** Checks one component. A check is quick and never throws: a failure is an unhealthy result. */
public interface HealthCheck {

  /** The component checked. */
  HealthComponent component();

  /** Checks the component now. */
  ComponentHealth check();
}
