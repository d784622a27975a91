package dev.jarvis.sample;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
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
 * The programs of Debian's {@code prometheus} package, {@code promtool} and the {@code prometheus}
 * server, and of its {@code prometheus-alertmanager} package, {@code amtool}, found on the PATH,
 * and the rule files the processor generated for the sample. Without the package a test using it is
 * skipped with the hint to install it, except under {@code CI=true}, where it fails, so that a
 * machine without it cannot pass the build unnoticed.
 */
final class PrometheusPackage {
  static final String INSTALL_HINT = "install it with: apt-get install -y prometheus";
  static final String ALERTMANAGER_INSTALL_HINT =
      "install it with: apt-get install -y prometheus-alertmanager";

  /** Where the processor writes the Prometheus files, in the class output and the jar. */
  static final String RULES_FOLDER = "META-INF/jarvis/prometheus/";

  static final String SLO_RULES = "slo-rules.yml";
  static final String ALERT_RULES = "alert-rules.yml";
  static final String SLO_RULES_TEST = "slo-rules.test.yml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private PrometheusPackage() {}

  /** The program on the PATH; skips or fails the calling test when there is none. */
  static Path program(String name) {
    Optional<Path> found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .filter(directory -> !directory.isEmpty())
            .map(directory -> Path.of(directory, name))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isPresent()) {
      return found.get();
    }
    String message =
        name
            + " is not on the PATH; "
            + (name.equals("amtool") ? ALERTMANAGER_INSTALL_HINT : INSTALL_HINT);
    if ("true".equals(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
    throw new AssertionError(message);
  }

  /** A generated file of the sample's class output, such as {@code slo-rules.yml}. */
  static Path generated(String file) {
    URL url = PrometheusPackage.class.getClassLoader().getResource(RULES_FOLDER + file);
    if (url == null) {
      return fail(RULES_FOLDER + file + " was not generated; the sample declares SLOs and alerts");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a class path URL is a URI", e);
    }
  }

  /** The rules of a generated rule file, of every group. */
  static List<JsonNode> rules(String file) throws IOException {
    JsonNode root = YAML.readTree(generated(file).toFile());
    List<JsonNode> rules = new ArrayList<>();
    root.path("groups").forEach(group -> group.path("rules").forEach(rules::add));
    return rules;
  }

  /** Runs promtool with the arguments in {@code folder}; returns its exit code and output. */
  static Result promtool(Path folder, String... arguments)
      throws IOException, InterruptedException {
    return run("promtool", folder, arguments);
  }

  /** Runs Alertmanager's amtool with the arguments in {@code folder}. */
  static Result amtool(Path folder, String... arguments) throws IOException, InterruptedException {
    return run("amtool", folder, arguments);
  }

  private static Result run(String program, Path folder, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(program(program).toString());
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(program + " " + String.join(" ", arguments) + " did not finish within 60 s");
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
