package dev.jarvis.sample;

import static dev.jarvis.sample.PrometheusPackage.ALERT_RULES;
import static dev.jarvis.sample.PrometheusPackage.SLO_RULES;
import static dev.jarvis.sample.PrometheusPackage.amtool;
import static dev.jarvis.sample.PrometheusPackage.promtool;
import static dev.jarvis.sample.PrometheusPackage.rules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.jarvis.telemetry.processor.ProgramOnPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What can be checked of {@code deploy/} without running containers: every file is YAML, Prometheus
 * accepts its configuration with the generated rules where compose mounts them, and the files agree
 * with each other and with what the processor generates: ports, targets, mounted folders, alert
 * routes and log retention.
 */
class DeployConfigurationTest {
  private static final Path DEPLOY = Path.of("deploy");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String PROMETHEUS_HOME = "/etc/prometheus/";
  private static final List<String> STACK =
      List.of("jarvis-sample", "prometheus", "alertmanager", "grafana", "tempo", "loki");

  @Test
  void everyFileIsYaml() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(DEPLOY)) {
      files = walk.filter(file -> file.toString().matches(".*\\.ya?ml")).sorted().toList();
    }

    assertThat(files).hasSizeGreaterThanOrEqualTo(7);
    for (Path file : files) {
      assertThat(YAML.readTree(file.toFile()).isObject()).as(file.toString()).isTrue();
    }
  }

  @Test
  void composeRunsTheRoadmapsStackFromFilesThatExist() throws IOException {
    JsonNode services = compose().path("services");

    List<String> names = new ArrayList<>();
    services.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyInAnyOrderElementsOf(STACK);
    for (String service : names) {
      for (Map.Entry<String, String> mount : bindMounts(service).entrySet()) {
        Path source = DEPLOY.resolve(mount.getKey()).normalize();
        if (!source.startsWith("target")) {
          assertThat(source).as(service + " mounts").exists();
        }
      }
    }
    assertThat(DEPLOY.resolve("Dockerfile")).exists();
  }

  @Test
  void portsDoNotCollideAndPrometheusScrapesTheSample() throws IOException {
    JsonNode services = compose().path("services");
    List<String> hostPorts = new ArrayList<>();
    services.forEach(
        service -> service.path("ports").forEach(port -> hostPorts.add(hostPort(port.asText()))));

    assertThat(hostPorts).doesNotHaveDuplicates().contains("8742", "9090");
    assertThat(services.path("jarvis-sample").path("ports").get(0).asText())
        .endsWith(":" + ServiceOptions.DEFAULT_PORT + ":" + ServiceOptions.DEFAULT_PORT);
    JsonNode prometheus = YAML.readTree(DEPLOY.resolve("prometheus/prometheus.yml").toFile());
    List<String> targets = new ArrayList<>();
    prometheus
        .path("scrape_configs")
        .forEach(
            job ->
                job.path("static_configs")
                    .forEach(
                        config -> config.path("targets").forEach(t -> targets.add(t.asText()))));
    assertThat(targets).contains("jarvis-sample:" + ServiceOptions.DEFAULT_PORT);
  }

  /**
   * Lays out Prometheus's folder as compose mounts it, the generated rules included, and runs
   * {@code promtool check config}, which also checks every rule file the configuration loads.
   */
  @Test
  void promtoolAcceptsTheConfigurationWithTheGeneratedRules(@TempDir Path home) throws Exception {
    for (Map.Entry<String, String> mount : bindMounts("prometheus").entrySet()) {
      if (!mount.getValue().startsWith(PROMETHEUS_HOME)) {
        continue;
      }
      Path source = DEPLOY.resolve(mount.getKey()).normalize();
      Path target = home.resolve(mount.getValue().substring(PROMETHEUS_HOME.length()));
      copy(source, target);
    }

    ProgramOnPath.Result check = promtool(home, "check", "config", "--lint=all", "prometheus.yml");

    assertThat(check.exitCode()).as(check.output()).isZero();
    assertThat(check.output())
        .contains("SUCCESS: 2 rule files found")
        .contains("rules/" + SLO_RULES)
        .contains("rules/" + ALERT_RULES)
        .doesNotContain("test.yml");
  }

  /**
   * Alertmanager's own {@code amtool} checks the configuration and routes a test alert of every
   * severity the generated rules use: critical pages, warning makes a ticket, info is only listed.
   */
  @Test
  void amtoolRoutesEverySeverityTheRulesUse() throws Exception {
    Path folder = DEPLOY.resolve("alertmanager");
    ProgramOnPath.Result check = amtool(folder, "check-config", "alertmanager.yml");
    assertThat(check.exitCode()).as(check.output()).isZero();

    Set<String> severities = new TreeSet<>();
    List<JsonNode> alerts = new ArrayList<>(rules(SLO_RULES));
    alerts.addAll(rules(ALERT_RULES));
    alerts.stream()
        .filter(rule -> rule.has("alert"))
        .forEach(rule -> severities.add(rule.path("labels").path("severity").asText()));
    assertThat(severities).containsExactlyInAnyOrder("critical", "warning", "info");

    Map<String, String> receiverBySeverity = new TreeMap<>();
    for (String severity : severities) {
      ProgramOnPath.Result route =
          amtool(
              folder,
              "config",
              "routes",
              "test",
              "--config.file=alertmanager.yml",
              "severity=" + severity);
      assertThat(route.exitCode()).as(route.output()).isZero();
      receiverBySeverity.put(severity, receiverIn(route.output()));
    }
    assertThat(receiverBySeverity)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("critical", "page", "warning", "ticket", "info", "log"));
  }

  // amtool also writes a warning about its flags, on the other stream, which run() merges.
  private static String receiverIn(String output) {
    List<String> lines =
        output
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("Warning:"))
            .toList();
    assertThat(lines).as(output).hasSize(1);
    return lines.get(0);
  }

  @Test
  void grafanaReadsTheGeneratedDashboardsAndTheStacksDataSources() throws IOException {
    JsonNode provider =
        YAML.readTree(DEPLOY.resolve("grafana/provisioning/dashboards/dashboards.yml").toFile())
            .path("providers")
            .get(0);
    String dashboards = provider.path("options").path("path").asText();
    Map<String, String> mounts = bindMounts("grafana");

    assertThat(mounts).containsEntry("../target/classes/META-INF/jarvis/grafana", dashboards);
    JsonNode sources =
        YAML.readTree(DEPLOY.resolve("grafana/provisioning/datasources/datasources.yml").toFile())
            .path("datasources");
    Set<String> types = new TreeSet<>();
    for (JsonNode source : sources) {
      types.add(source.path("type").asText());
      assertThat(STACK).contains(URI.create(source.path("url").asText()).getHost());
    }
    assertThat(types).containsExactlyInAnyOrder("prometheus", "tempo", "loki");
  }

  @Test
  void lokiKeepsEachLevelAsLongAsTheGeneratedRetentionSays() throws IOException {
    JsonNode limits = YAML.readTree(DEPLOY.resolve("loki/loki.yml").toFile()).path("limits_config");
    JsonNode generated;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/jarvis/loki-retention.yaml")) {
      assertThat(in).as("generated loki-retention.yaml").isNotNull();
      generated = YAML.readTree(in);
    }

    assertThat(limits.path("retention_stream")).isEqualTo(generated.path("retention_stream"));
    assertThat(limits.path("retention_period")).isEqualTo(generated.path("retention_period"));
  }

  private static JsonNode compose() throws IOException {
    return YAML.readTree(DEPLOY.resolve("compose.yaml").toFile());
  }

  // The bind mounts of a service, host path (relative to deploy/) to container path; named
  // volumes are left out.
  private static Map<String, String> bindMounts(String service) throws IOException {
    Map<String, String> mounts = new TreeMap<>();
    for (JsonNode volume : compose().path("services").path(service).path("volumes")) {
      String[] parts = volume.asText().split(":");
      if (parts[0].startsWith(".")) {
        mounts.put(parts[0], parts[1]);
      }
    }
    return mounts;
  }

  // "127.0.0.1:9090:9090" and "9090:9090" publish host port 9090.
  private static String hostPort(String mapping) {
    String[] parts = mapping.split(":");
    return parts[parts.length - 2];
  }

  private static void copy(Path source, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    if (!Files.isDirectory(source)) {
      Files.copy(source, target);
      return;
    }
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }
}
