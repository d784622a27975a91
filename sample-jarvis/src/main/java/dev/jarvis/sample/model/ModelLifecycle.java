package dev.jarvis.sample.model;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which model runs. At start it tries the preferred model and falls back to the smaller one
 * when the preferred does not fit the memory budget. Under memory pressure it unloads the model,
 * and other applications take the memory it freed for a few seconds, so that generations in that
 * time fail to load it again; the first generation after that loads it.
 */
public final class ModelLifecycle {
  private static final Logger logger = LoggerFactory.getLogger(ModelLifecycle.class);

  private static final long PRESSURE_CLAIM_BYTES = 1_000_000_000L;
  private static final Duration PRESSURE_DURATION = Duration.ofSeconds(3);

  private final ModelRuntime runtime;
  private final MemoryBudget budget;
  private final ModelSpec preferred;
  private final ModelSpec fallback;

  public ModelLifecycle(
      ModelRuntime runtime, MemoryBudget budget, ModelSpec preferred, ModelSpec fallback) {
    this.runtime = runtime;
    this.budget = budget;
    this.preferred = preferred;
    this.fallback = fallback;
  }

  /** Loads the preferred model, or the fallback when it cannot be loaded. */
  public void loadAtStart() {
    try {
      runtime.load(preferred);
      return;
    } catch (ModelLoadException e) {
      logger.warn("Falling back to {}: {}", fallback.id(), e.getMessage());
    }
    try {
      runtime.load(fallback);
    } catch (ModelLoadException e) {
      logger.error("No model could be loaded; generations will retry: {}", e.getMessage());
    }
  }

  /**
   * Frees the model's memory as JARVIS does when macOS reports memory pressure. The sample has no
   * such signal and calls this on a timer instead.
   */
  public void relieveMemoryPressure() {
    budget.claimForOthers(PRESSURE_CLAIM_BYTES, PRESSURE_DURATION);
    runtime.unload(UnloadReason.MEMORY_PRESSURE);
  }
}
