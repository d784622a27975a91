package dev.jarvis.telemetry.runtime.metal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

class MetalMemoryTest {

  @Test
  void exportsWhatTheDeviceReports() {
    MetalMemory metal = new MetalMemory(new FakeBinding(true, 512L << 20, 5L << 30));

    assertThat(metal.isAvailable()).isTrue();
    assertThat(metal.allocatedBytes()).isEqualTo(512.0 * 1024 * 1024);
    assertThat(metal.recommendedWorkingSetBytes()).isEqualTo(5.0 * 1024 * 1024 * 1024);
  }

  @Test
  void isAbsentWhenTheBindingReportsNoDevice() {
    MetalMemory metal = new MetalMemory(new FakeBinding(false, 1, 1));

    assertThat(metal.isAvailable()).isFalse();
    assertThat(metal.allocatedBytes()).isNaN();
    assertThat(metal.recommendedWorkingSetBytes()).isNaN();
  }

  @Test
  void aFailingNativeCallLeavesTheGaugeOutWithoutThrowing() {
    MetalBinding failing =
        new FakeBinding(true, 0, 0) {
          @Override
          public long currentAllocatedSize() {
            throw new UnsatisfiedLinkError("objc_msgSend");
          }
        };
    MetalMemory metal = new MetalMemory(failing);

    assertThat(metal.allocatedBytes()).isNaN();
    assertThat(metal.allocatedBytes()).isNaN();
  }

  @Test
  @DisabledOnOs(OS.MAC)
  void isAbsentOffMacOs() {
    assertThat(MetalMemory.forThisPlatform().isAvailable()).isFalse();
  }

  private static class FakeBinding implements MetalBinding {
    private final boolean device;
    private final long allocated;
    private final long workingSet;

    FakeBinding(boolean device, long allocated, long workingSet) {
      this.device = device;
      this.allocated = allocated;
      this.workingSet = workingSet;
    }

    @Override
    public boolean hasDevice() {
      return device;
    }

    @Override
    public long currentAllocatedSize() {
      return allocated;
    }

    @Override
    public long recommendedMaxWorkingSetSize() {
      return workingSet;
    }
  }
}
