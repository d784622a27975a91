package dev.jarvis.telemetry.runtime.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads process memory from {@code /proc/self/status} and available memory from {@code
 * /proc/meminfo}, as Linux publishes them. Each read opens the file anew, once per scrape, so no
 * thread polls in the background.
 */
final class ProcMemory implements MemorySource {
  private static final double KIB = 1024;

  private final Path status;
  private final Path meminfo;

  ProcMemory() {
    this(Path.of("/proc/self/status"), Path.of("/proc/meminfo"));
  }

  ProcMemory(Path status, Path meminfo) {
    this.status = status;
    this.meminfo = meminfo;
  }

  @Override
  public double processMemoryBytes(ProcessMemoryType type) {
    List<String> lines = lines(status);
    return switch (type) {
      case RSS -> kibibytes(lines, "VmRSS");
      case VMS -> kibibytes(lines, "VmSize");
      // The kernel's own "shared" figure in statm is file-backed plus shared-memory residency.
      case SHARED -> kibibytes(lines, "RssFile") + kibibytes(lines, "RssShmem");
      case TEXT -> kibibytes(lines, "VmExe");
      case DATA -> kibibytes(lines, "VmData");
    };
  }

  @Override
  public double systemMemoryAvailableBytes() {
    return kibibytes(lines(meminfo), "MemAvailable");
  }

  /** The value of a "Key: 123 kB" line in bytes, or NaN when the key is missing. */
  private static double kibibytes(List<String> lines, String key) {
    for (String line : lines) {
      if (line.startsWith(key + ":")) {
        String[] fields = line.substring(key.length() + 1).trim().split("\\s+", -1);
        try {
          return Long.parseLong(fields[0]) * KIB;
        } catch (NumberFormatException e) {
          return Double.NaN;
        }
      }
    }
    return Double.NaN;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
