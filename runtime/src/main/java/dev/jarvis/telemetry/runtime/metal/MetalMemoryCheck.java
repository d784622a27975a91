package dev.jarvis.telemetry.runtime.metal;

import java.util.Locale;

/**
 * Prints what the Metal gauge reads on this machine, to check the native binding by hand on a Mac:
 * {@code mvn -q -f sample-jarvis/pom.xml exec:java
 * -Dexec.mainClass=dev.jarvis.telemetry.runtime.metal.MetalMemoryCheck}.
 */
public final class MetalMemoryCheck {
  private MetalMemoryCheck() {}

  public static void main(String[] args) {
    MetalMemory metal = MetalMemory.forThisPlatform();
    System.out.printf(
        Locale.ROOT,
        "metal device: %s%nallocated bytes: %.0f%nrecommended working set bytes: %.0f%n",
        metal.isAvailable() ? "yes" : "no",
        metal.allocatedBytes(),
        metal.recommendedWorkingSetBytes());
  }
}
