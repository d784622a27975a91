package dev.jarvis.sample.model;

/** Where a model runs: the GPU through Metal on Apple Silicon, the CPU elsewhere. */
public enum Device {
  GPU,
  CPU;

  /** The device MLX would run on on this machine. */
  public static Device ofThisMachine() {
    boolean appleSilicon =
        System.getProperty("os.name", "").startsWith("Mac")
            && System.getProperty("os.arch", "").equals("aarch64");
    return appleSilicon ? GPU : CPU;
  }
}
