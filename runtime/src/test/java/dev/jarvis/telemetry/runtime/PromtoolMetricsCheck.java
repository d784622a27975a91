package dev.jarvis.telemetry.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real {@code promtool check metrics} from the PATH on an exposition. Where promtool is
 * missing, the calling test is skipped with the hint to install it, except under {@code CI=true},
 * where it fails.
 */
final class PromtoolMetricsCheck {
  static final String INSTALL_HINT = "install it with: apt-get install -y prometheus";

  private PromtoolMetricsCheck() {}

  /**
   * The exit code and output of {@code promtool check metrics} on the exposition: 0 when valid and
   * clean, 3 with lint findings, 1 when it cannot be read.
   */
  static Result check(byte[] exposition) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(executable().toString(), "check", "metrics")
            .redirectErrorStream(true)
            .start();
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                return "cannot read promtool's output: " + e;
              }
            });
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(exposition);
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("promtool check metrics did not finish within 60 s");
    }
    return new Result(process.exitValue(), output.join());
  }

  private static Path executable() {
    Optional<Path> found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .filter(directory -> !directory.isEmpty())
            .map(directory -> Path.of(directory, "promtool"))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isPresent()) {
      return found.get();
    }
    String message = "promtool is not on the PATH; " + INSTALL_HINT;
    if ("true".equals(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
    throw new AssertionError(message);
  }

  /**
   * What promtool said.
   *
   * @param exitCode 0 when the exposition passed
   * @param output standard output and error, interleaved
   */
  record Result(int exitCode, String output) {}
}
