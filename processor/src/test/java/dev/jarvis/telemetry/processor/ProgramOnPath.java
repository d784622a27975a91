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
 * A real program from the PATH, such as {@code promtool}, that a test runs. Where it is missing,
 * the test is skipped with the hint to install its Debian package, except under {@code CI=true},
 * where it fails, so that a machine without the program cannot pass the build unnoticed. The
 * sample's tests use it too, through this module's test jar.
 */
public final class ProgramOnPath {
  private final String name;
  private final Path executable;

  private ProgramOnPath(String name, Path executable) {
    this.name = name;
    this.executable = executable;
  }

  /** {@code promtool}, of Debian's {@code prometheus} package. */
  static ProgramOnPath promtool() {
    return find("promtool", "prometheus");
  }

  /** The program on the PATH; skips or fails the calling test when there is none. */
  public static ProgramOnPath find(String name, String debianPackage) {
    Optional<Path> found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .filter(directory -> !directory.isEmpty())
            .map(directory -> Path.of(directory, name))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isPresent()) {
      return new ProgramOnPath(name, found.get());
    }
    String message =
        name + " is not on the PATH; install it with: apt-get install -y " + debianPackage;
    if ("true".equals(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
    throw new AssertionError(message);
  }

  public Path executable() {
    return executable;
  }

  /** Runs the program with the arguments in a folder, and returns its exit code and output. */
  public Result run(Path folder, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(name + " " + String.join(" ", arguments) + " did not finish within 60 s");
    }
    return new Result(process.exitValue(), output);
  }

  /**
   * What a run gave.
   *
   * @param exitCode 0 when everything passed
   * @param output standard output and error, interleaved
   */
  public record Result(int exitCode, String output) {}
}
