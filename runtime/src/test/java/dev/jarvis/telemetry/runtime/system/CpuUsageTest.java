package dev.jarvis.telemetry.runtime.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuUsageTest {

  @Test
  void ratioOfRealWorkStaysWithinTheNumberOfCores() {
    CpuUsage usage = new CpuUsage(SystemStats.forThisPlatform());
    usage.ratioSinceLastRead();
    long end = System.nanoTime() + 200_000_000L;
    double sink = 0;
    while (System.nanoTime() < end) {
      sink += Math.sqrt(sink + 1);
    }

    double ratio = usage.ratioSinceLastRead();
    assertThat(sink).isPositive();
    assertThat(ratio).isBetween(0.0, (double) Runtime.getRuntime().availableProcessors());
    assertThat(ratio).isPositive();
  }

  @Test
  void ratioIsCpuSecondsOverWallSecondsBetweenReads() {
    FakeStats stats = new FakeStats();
    CpuUsage usage = new CpuUsage(stats, 4);
    stats.cpu = 1;
    stats.uptime = 4;
    assertThat(usage.ratioSinceLastRead()).isEqualTo(0.25);

    stats.cpu = 4;
    stats.uptime = 6;
    assertThat(usage.ratioSinceLastRead()).isEqualTo(1.5);
    assertThat(usage.ratioSinceLastRead()).as("no time passed").isEqualTo(1.5);

    stats.cpu = Double.NaN;
    assertThat(usage.ratioSinceLastRead()).isNaN();
  }

  @Test
  void aRatioOverTheNumberOfCoresFromClockResolutionIsCappedThere() {
    FakeStats stats = new FakeStats();
    CpuUsage usage = new CpuUsage(stats, 2);
    stats.cpu = 0.402;
    stats.uptime = 0.2;
    assertThat(usage.ratioSinceLastRead()).isEqualTo(2.0);
  }

  private static final class FakeStats implements SystemStats {
    double cpu;
    double uptime;

    @Override
    public double processMemoryBytes(ProcessMemoryType type) {
      return Double.NaN;
    }

    @Override
    public double systemMemoryAvailableBytes() {
      return Double.NaN;
    }

    @Override
    public double processCpuSeconds() {
      return cpu;
    }

    @Override
    public double openFileDescriptors() {
      return Double.NaN;
    }

    @Override
    public double uptimeSeconds() {
      return uptime;
    }
  }
}
