package dev.jarvis.telemetry.runtime.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class SystemStatsTest {

  @Test
  @EnabledOnOs(OS.LINUX)
  void everyProcessFigureIsPresentAndPlausible() {
    SystemStats stats = SystemStats.forThisPlatform();

    double rss = stats.processMemoryBytes(ProcessMemoryType.RSS);
    assertThat(rss).isPositive();
    assertThat(rss).isLessThanOrEqualTo(stats.processMemoryBytes(ProcessMemoryType.VMS));
    assertThat(stats.processMemoryBytes(ProcessMemoryType.SHARED)).isPositive();
    assertThat(stats.processMemoryBytes(ProcessMemoryType.TEXT)).isPositive();
    assertThat(stats.processMemoryBytes(ProcessMemoryType.DATA)).isPositive();
    assertThat(stats.systemMemoryAvailableBytes()).isPositive();
    assertThat(stats.processCpuSeconds()).isPositive();
    assertThat(stats.uptimeSeconds()).isPositive();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void openFileDescriptorsGrowWhenFilesAreOpened(@TempDir Path directory) throws IOException {
    SystemStats stats = SystemStats.forThisPlatform();
    double before = stats.openFileDescriptors();
    List<InputStream> opened = new ArrayList<>();
    double during;
    try {
      for (int i = 0; i < 50; i++) {
        Path file = Files.writeString(directory.resolve("f" + i), "x");
        opened.add(Files.newInputStream(file));
      }
      during = stats.openFileDescriptors();
    } finally {
      for (InputStream stream : opened) {
        stream.close();
      }
    }
    double after = stats.openFileDescriptors();

    // Other threads of the JVM open and close descriptors too, so the margin is 40 of 50.
    assertThat(before).isPositive();
    assertThat(during).isGreaterThanOrEqualTo(before + 40);
    assertThat(after).isLessThanOrEqualTo(during - 40);
  }

  @Test
  void missingFiguresAreNaNNotZero(@TempDir Path directory) throws IOException {
    Path status =
        Files.writeString(directory.resolve("status"), "Name:\tjava\nVmRSS:\t  2048 kB\n");
    ProcMemory stats = new ProcMemory(status, directory.resolve("no-meminfo"));

    assertThat(stats.processMemoryBytes(ProcessMemoryType.RSS)).isEqualTo(2048 * 1024.0);
    assertThat(stats.processMemoryBytes(ProcessMemoryType.VMS)).isNaN();
    assertThat(stats.processMemoryBytes(ProcessMemoryType.SHARED)).isNaN();
    assertThat(stats.systemMemoryAvailableBytes()).isNaN();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void oshiReadsTheSameProcessWhereItIsPresent() {
    OshiMemory stats = new OshiMemory();

    assertThat(OshiMemory.isAvailable()).isTrue();
    assertThat(stats.processMemoryBytes(ProcessMemoryType.RSS)).isPositive();
    assertThat(stats.processMemoryBytes(ProcessMemoryType.TEXT)).isNaN();
    assertThat(stats.systemMemoryAvailableBytes()).isPositive();
  }
}
