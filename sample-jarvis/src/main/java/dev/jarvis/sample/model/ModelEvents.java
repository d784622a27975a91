package dev.jarvis.sample.model;

import dev.jarvis.telemetry.annotations.EventLevel;
import dev.jarvis.telemetry.annotations.JarvisEvent;
import dev.jarvis.telemetry.annotations.Truncated;
import java.time.Duration;

/**
 * The log events of loading and unloading models, from the roadmap's section 4.3 "Model/Generation
 * Events". Memory is logged in megabytes (10^6 bytes), as the roadmap's field names say.
 */
public interface ModelEvents {

  @JarvisEvent(type = "model.load.start", level = EventLevel.INFO, message = "Loading model")
  void loadStarted(String modelId, Device device, long memoryRequestedMb);

  @JarvisEvent(type = "model.load.complete", level = EventLevel.INFO, message = "Model loaded")
  void loadCompleted(String modelId, Duration loadDuration, long memoryUsedMb);

  @JarvisEvent(type = "model.load.failed", level = EventLevel.ERROR, message = "Model load failed")
  void loadFailed(String modelId, @Truncated(maxLength = 128) String error, long memoryAvailableMb);

  @JarvisEvent(type = "model.unload", level = EventLevel.INFO, message = "Model unloaded")
  void unloaded(String modelId, UnloadReason reason, long memoryFreedMb);
}
