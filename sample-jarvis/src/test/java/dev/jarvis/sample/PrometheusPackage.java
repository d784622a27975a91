package dev.jarvis.sample;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jarvis.telemetry.processor.ProgramOnPath;
import dev.jarvis.telemetry.processor.ProgramOnPath.Result;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The programs of Debian's {@code prometheus} package, {@code promtool} and the {@code prometheus}
 * server, and of its {@code prometheus-alertmanager} package, {@code amtool}, found on the PATH as
 * {@link ProgramOnPath} finds them (skipped with an install hint where missing, failing under
 * {@code CI=true}), and the rule files the processor generated for the sample.
 */
final class PrometheusPackage {
  /** Where the processor writes the Prometheus files, in the class output and the jar. */
  static final String RULES_FOLDER = "META-INF/jarvis/prometheus/";

  static final String SLO_RULES = "slo-rules.yml";
  static final String ALERT_RULES = "alert-rules.yml";
  static final String SLO_RULES_TEST = "slo-rules.test.yml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private PrometheusPackage() {}

  /** The program on the PATH; skips or fails the calling test when there is none. */
  static Path program(String name) {
    return find(name).executable();
  }

  private static ProgramOnPath find(String name) {
    return ProgramOnPath.find(
        name, name.equals("amtool") ? "prometheus-alertmanager" : "prometheus");
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
    return find("promtool").run(folder, arguments);
  }

  /** Runs Alertmanager's amtool with the arguments in {@code folder}. */
  static Result amtool(Path folder, String... arguments) throws IOException, InterruptedException {
    return find("amtool").run(folder, arguments);
  }
}
