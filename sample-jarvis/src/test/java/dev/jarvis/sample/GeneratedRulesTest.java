package dev.jarvis.sample;

import static dev.jarvis.sample.PrometheusPackage.ALERT_RULES;
import static dev.jarvis.sample.PrometheusPackage.SLO_RULES;
import static dev.jarvis.sample.PrometheusPackage.SLO_RULES_TEST;
import static dev.jarvis.sample.PrometheusPackage.generated;
import static dev.jarvis.sample.PrometheusPackage.promtool;
import static dev.jarvis.sample.PrometheusPackage.rules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jarvis.telemetry.processor.ProgramOnPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Prometheus rules the processor generated from the sample's declarations: promtool accepts
 * them without a lint finding, their unit tests pass, and they hold every SLO and alert of the
 * roadmap's sections 6.1, 2 and 7.
 */
class GeneratedRulesTest {

  // Section 6.1's SLOs but Memory Usage (an alert), then the objectives of section 2's matrix,
  // whose API Layer error rate is api_availability.
  private static final List<String> SLOS =
      List.of(
          "api_availability",
          "generation_latency_p99",
          "generation_latency_p50",
          "classification_latency_p99",
          "model_load_success",
          "scheduled_send_success",
          "websocket_connection_stability",
          "api_latency",
          "model_generation_latency",
          "model_generation_errors",
          "prefetch_latency",
          "prefetch_errors",
          "scheduler_latency",
          "scheduler_errors",
          "websocket_latency",
          "websocket_errors",
          "classifier_latency",
          "classifier_errors",
          "db_latency",
          "db_errors",
          "imessage_read_latency",
          "imessage_read_errors");

  // Section 7's twelve, and the Memory Usage objective of section 6.1.
  private static final List<String> ALERTS =
      List.of(
          "HighErrorRate",
          "ModelLoadFailure",
          "MemoryCritical",
          "SchedulerSendFailure",
          "HighLatencyP99",
          "LowTemplateMatchRate",
          "PrefetchQueueBacklog",
          "WebSocketConnectionSpike",
          "DatabaseSlowQueries",
          "iMessageAccessLost",
          "ModelUnloaded",
          "GenerationFallbackToTemplate",
          "MemoryAboveTarget");

  @ParameterizedTest
  @ValueSource(strings = {SLO_RULES, ALERT_RULES})
  void promtoolAcceptsTheRulesWithoutLintFindings(String file) throws Exception {
    Path rules = generated(file);

    ProgramOnPath.Result check =
        promtool(rules.getParent(), "check", "rules", "--lint=all", "--lint-fatal", file);

    assertThat(check.exitCode()).as(check.output()).isZero();
    assertThat(check.output()).contains("SUCCESS");
  }

  @Test
  void generatedUnitTestsOfTheSloAlertsPass() throws Exception {
    Path tests = generated(SLO_RULES_TEST);

    ProgramOnPath.Result run =
        promtool(tests.getParent(), "test", "rules", tests.getFileName().toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("SUCCESS");
  }

  @Test
  void everyObjectiveOfTheRoadmapHasItsRules() throws IOException {
    Set<String> slos = new TreeSet<>();
    for (JsonNode rule : rules(SLO_RULES)) {
      slos.add(rule.path("labels").path("slo").asText());
    }

    assertThat(slos).containsExactlyInAnyOrderElementsOf(SLOS);
  }

  @Test
  void everyAlertOfTheRoadmapIsARule() throws IOException {
    List<String> alerts =
        rules(ALERT_RULES).stream().map(rule -> rule.path("alert").asText()).toList();

    assertThat(alerts).containsExactlyInAnyOrderElementsOf(ALERTS);
    for (JsonNode rule : rules(ALERT_RULES)) {
      String name = rule.path("alert").asText();
      assertThat(rule.path("labels").path("severity").asText()).as(name).isNotEmpty();
      assertThat(rule.path("annotations").path("summary").asText()).as(name).isNotEmpty();
      assertThat(rule.path("annotations").path("runbook_url").asText())
          .as(name)
          .isEqualTo("https://runbooks.jarvis.dev/alerts/" + name);
    }
  }
}
