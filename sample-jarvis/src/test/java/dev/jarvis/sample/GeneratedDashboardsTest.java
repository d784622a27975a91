package dev.jarvis.sample;

import static dev.jarvis.sample.PrometheusPackage.SLO_RULES;
import static dev.jarvis.sample.PrometheusPackage.rules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jarvis.telemetry.processor.GrafanaSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The sample's generated Grafana dashboards: the seven of the roadmap's section 8, each valid
 * against Grafana's published JSON Schemas, and the Executive Summary with a panel per SLO.
 */
class GeneratedDashboardsTest {

  @Test
  void theRoadmapsSevenDashboardsAreGenerated() throws IOException {
    List<String> uids = new ArrayList<>();
    for (JsonNode dashboard : GrafanaDashboards.all()) {
      uids.add(dashboard.path("uid").asText());
    }
    assertThat(uids)
        .containsExactly(
            "jarvis-api",
            "jarvis-executive",
            "jarvis-model",
            "jarvis-prefetch",
            "jarvis-scheduler",
            "jarvis-system",
            "jarvis-websocket");
  }

  @Test
  void everyDashboardIsValidAgainstGrafanasSchemas() throws IOException {
    for (Path file : GrafanaDashboards.files()) {
      assertThat(GrafanaSchemas.findings(Files.readString(file))).as(file.toString()).isEmpty();
    }
  }

  @Test
  void theExecutiveSummaryShowsEverySlosComplianceAndBudget() throws IOException {
    Set<String> slos = new TreeSet<>();
    for (JsonNode rule : rules(SLO_RULES)) {
      if (rule.has("record")) {
        slos.add(rule.path("labels").path("slo").asText());
      }
    }
    JsonNode executive =
        GrafanaDashboards.all().stream()
            .filter(dashboard -> dashboard.path("uid").asText().equals("jarvis-executive"))
            .findFirst()
            .orElseThrow();
    Set<String> shown = new TreeSet<>();
    for (JsonNode panel : executive.path("panels")) {
      for (JsonNode target : panel.path("targets")) {
        String expr = target.path("expr").asText();
        for (String slo : slos) {
          if (expr.equals("slo:error_budget_remaining:ratio{slo=\"" + slo + "\"}")) {
            shown.add(slo);
          }
        }
      }
    }
    assertThat(slos).hasSize(22);
    assertThat(shown).isEqualTo(slos);
  }
}
