package dev.jarvis.telemetry.processor;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real {@code promtool} from the PATH. Where it is missing, a test using it is skipped
 * with the hint to install it, except under {@code CI=true}, where it fails, so that a machine
 * without promtool cannot pass the build unnoticed.
 */
final class Promtool {
  static final String INSTALL_HINT = "install it with: apt-get install -y prometheus";

  private final Path executable;

  private Promtool(Path executable) {
    this.executable = executable;
  }

  /** The promtool on the PATH; skips or fails the calling test when there is none. */
  static Promtool onPath() {
    Optional<Path> found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .filter(directory -> !directory.isEmpty())
            .map(directory -> Path.of(directory, "promtool"))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isPresent()) {
      return new Promtool(found.get());
    }
    String message = "promtool is not on the PATH; " + INSTALL_HINT;
    if ("true".equals(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
    throw new AssertionError(message);
  }

  /** Runs promtool with the arguments in a folder, and returns its exit code and output. */
  Result run(Path folder, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("promtool " + String.join(" ", arguments) + " did not finish within 60 s");
    }
    return new Result(process.exitValue(), output);
  }

  /**
   * What a promtool run gave.
   *
   * @param exitCode 0 when everything passed
   * @param output standard output and error, interleaved
   */
  record Result(int exitCode, String output) {}
}
