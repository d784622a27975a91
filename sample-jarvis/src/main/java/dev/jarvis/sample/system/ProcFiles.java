package dev.jarvis.sample.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the memory figures Linux publishes under {@code /proc}, for which the JDK has no API. On
 * other systems, or when a file or field is missing, a figure is NaN: absent, not zero.
 */
public final class ProcFiles {
  private static final long BYTES_PER_KIB = 1024;

  private final Path root;

  public ProcFiles(Path root) {
    this.root = root;
  }

  /** The files of the running system. */
  public static ProcFiles system() {
    return new ProcFiles(Path.of("/proc"));
  }

  /** A field of {@code /proc/self/status}, such as {@code VmRSS}, in bytes. */
  public double processStatusBytes(String field) {
    return kibField(root.resolve("self").resolve("status"), field);
  }

  /** A field of {@code /proc/meminfo}, such as {@code MemAvailable}, in bytes. */
  public double memInfoBytes(String field) {
    return kibField(root.resolve("meminfo"), field);
  }

  // Both files hold lines such as "VmRSS:     123456 kB".
  private static double kibField(Path file, String field) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
    } catch (IOException | SecurityException e) {
      return Double.NaN;
    }
    String prefix = field + ":";
    for (String line : lines) {
      if (line.startsWith(prefix)) {
        String[] parts = line.substring(prefix.length()).trim().split("\\s+");
        try {
          return Long.parseLong(parts[0]) * (double) BYTES_PER_KIB;
        } catch (NumberFormatException e) {
          return Double.NaN;
        }
      }
    }
    return Double.NaN;
  }
}
