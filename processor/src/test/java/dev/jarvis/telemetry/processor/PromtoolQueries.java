package dev.jarvis.telemetry.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Has the real {@code promtool} check the syntax of dashboard queries, written as the recording
 * rules of one group. Grafana's range variables are first given the values Grafana would choose for
 * a 15-second scrape interval ({@code $__rate_interval}) and a one-hour view ({@code $__range}), as
 * Prometheus knows neither.
 */
final class PromtoolQueries {
  private PromtoolQueries() {}

  static void assertAllPass(List<String> queries, Path folder)
      throws IOException, InterruptedException {
    ProgramOnPath promtool = ProgramOnPath.promtool();
    StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard_queries\n    rules:\n");
    for (int i = 0; i < queries.size(); i++) {
      String query = queries.get(i).replace("$__rate_interval", "1m").replace("$__range", "1h");
      rules.append("      - record: dashboard_query_").append(i + 1).append("\n");
      rules.append("        expr: |-\n");
      for (String line : query.split("\n")) {
        rules.append("          ").append(line).append("\n");
      }
    }
    Files.writeString(folder.resolve("queries.yml"), rules.toString());

    ProgramOnPath.Result result = promtool.run(folder, "check", "rules", "queries.yml");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: " + queries.size() + " rules found");
  }
}
