package dev.jarvis.telemetry.runtime.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads process memory from {@code /proc/self/status} and available memory from {@code
 * /proc/meminfo}; CPU, descriptors and uptime come from the JDK. Each read opens the file anew,
 * once per scrape, so no thread polls in the background.
 */
final class LinuxProcStats implements SystemStats {
  private static final double KIB = 1024;

  private final JdkStats jdk;
  private final Path status;
  private final Path meminfo;

  LinuxProcStats(JdkStats jdk) {
    this(jdk, Path.of("/proc/self/status"), Path.of("/proc/meminfo"));
  }

  LinuxProcStats(JdkStats jdk, Path status, Path meminfo) {
    this.jdk = jdk;
    this.status = status;
    this.meminfo = meminfo;
  }

  @Override
  public double processMemoryBytes(ProcessMemoryType type) {
    List<String> lines = lines(status);
    switch (type) {
      case RSS:
        return kibibytes(lines, "VmRSS");
      case VMS:
        return kibibytes(lines, "VmSize");
      case SHARED:
        // The kernel's own "shared" figure in statm is file-backed plus shared-memory residency.
        return kibibytes(lines, "RssFile") + kibibytes(lines, "RssShmem");
      case TEXT:
        return kibibytes(lines, "VmExe");
      default:
        return kibibytes(lines, "VmData");
    }
  }

  @Override
  public double systemMemoryAvailableBytes() {
    return kibibytes(lines(meminfo), "MemAvailable");
  }

  @Override
  public double processCpuSeconds() {
    return jdk.processCpuSeconds();
  }

  @Override
  public double openFileDescriptors() {
    return jdk.openFileDescriptors();
  }

  @Override
  public double uptimeSeconds() {
    return jdk.uptimeSeconds();
  }

  /** The value of a "Key: 123 kB" line in bytes, or NaN when the key is missing. */
  private static double kibibytes(List<String> lines, String key) {
    for (String line : lines) {
      if (line.startsWith(key + ":")) {
        String[] fields = line.substring(key.length() + 1).trim().split("\\s+");
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
