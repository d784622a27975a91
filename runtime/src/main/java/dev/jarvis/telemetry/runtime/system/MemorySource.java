package dev.jarvis.telemetry.runtime.system;

/**
 * Where a platform's memory figures come from; the JDK has no API for them. Each figure is NaN when
 * the source cannot tell.
 */
interface MemorySource {

  /** A source that knows no figure, for platforms with neither {@code /proc} nor OSHI. */
  MemorySource NONE =
      new MemorySource() {
        @Override
        public double processMemoryBytes(ProcessMemoryType type) {
          return Double.NaN;
        }

        @Override
        public double systemMemoryAvailableBytes() {
          return Double.NaN;
        }
      };

  double processMemoryBytes(ProcessMemoryType type);

  double systemMemoryAvailableBytes();
}
