package dev.jarvis.sample.imessage;

import dev.jarvis.telemetry.runtime.health.ComponentHealth;
import dev.jarvis.telemetry.runtime.health.HealthCheck;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the file access JARVIS needs: on macOS, Full Disk Access is what lets it read and write
 * the Messages database, and losing it shows first as a file that can no longer be opened.
 */
public final class PermissionsHealthCheck implements HealthCheck {
  private final Path messagesDatabase;

  public PermissionsHealthCheck(Path messagesDatabase) {
    this.messagesDatabase = messagesDatabase;
  }

  @Override
  public ComponentHealth check() {
    if (!Files.isReadable(messagesDatabase)) {
      return ComponentHealth.unhealthy("the Messages database cannot be read");
    }
    if (!Files.isWritable(messagesDatabase)) {
      return ComponentHealth.degraded("the Messages database is read-only; sends cannot be kept");
    }
    return ComponentHealth.healthy("the Messages database can be read and written");
  }
}
