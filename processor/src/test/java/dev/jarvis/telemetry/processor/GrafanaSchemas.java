package dev.jarvis.telemetry.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a generated dashboard with Grafana's published JSON Schemas (copied to {@code
 * src/test/resources/grafana-jsonschema/}): the dashboard model, each panel's options against the
 * schema of its kind, each query against the Prometheus query schema, and each unit against the
 * units schema. It also checks what Grafana's dashboard linter asks beyond the schemas: every panel
 * and query uses the {@code datasource} variable, and no two panels share a grid cell.
 */
public final class GrafanaSchemas {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
  private static final JsonSchema DASHBOARD = schema("dashboard", null);
  private static final JsonSchema PROMETHEUS_QUERY = schema("prometheus", null);
  private static final Set<String> UNITS = units();
  private static final JsonNode DATASOURCE =
      JSON.createObjectNode().put("type", "prometheus").put("uid", "${datasource}");

  private GrafanaSchemas() {}

  /** Every finding about the dashboard; empty when it is valid. */
  public static List<String> findings(String dashboardJson) {
    JsonNode dashboard = parse(dashboardJson);
    List<String> findings = new ArrayList<>();
    DASHBOARD.validate(dashboard).forEach(message -> findings.add("dashboard: " + message));
    JsonNode variables = dashboard.path("templating").path("list");
    boolean hasDatasourceVariable = false;
    for (JsonNode variable : variables) {
      hasDatasourceVariable |=
          variable.path("name").asText().equals("datasource")
              && variable.path("type").asText().equals("datasource")
              && variable.path("query").asText().equals("prometheus");
    }
    if (!hasDatasourceVariable) {
      findings.add("no datasource variable of type datasource querying prometheus");
    }
    Set<String> cells = new HashSet<>();
    for (JsonNode panel : dashboard.path("panels")) {
      String title = panel.path("title").asText();
      String type = panel.path("type").asText();
      schema(type, "Options")
          .validate(panel.path("options"))
          .forEach(message -> findings.add(title + " options: " + message));
      if (!UNITS.contains(panel.path("fieldConfig").path("defaults").path("unit").asText())) {
        findings.add(title + ": no Grafana unit");
      }
      if (!panel.path("datasource").equals(DATASOURCE)) {
        findings.add(title + ": does not use the datasource variable");
      }
      for (JsonNode target : panel.path("targets")) {
        PROMETHEUS_QUERY
            .validate(target)
            .forEach(message -> findings.add(title + " query: " + message));
        if (!target.path("datasource").equals(DATASOURCE)) {
          findings.add(title + ": a query does not use the datasource variable");
        }
      }
      JsonNode at = panel.path("gridPos");
      for (int x = at.path("x").asInt(); x < at.path("x").asInt() + at.path("w").asInt(); x++) {
        for (int y = at.path("y").asInt(); y < at.path("y").asInt() + at.path("h").asInt(); y++) {
          if (!cells.add(x + "," + y) || x >= 24) {
            findings.add(title + ": overlaps another panel or leaves the grid at " + x + "," + y);
          }
        }
      }
    }
    return findings;
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A schema file, or one of its definitions made the root. */
  private static JsonSchema schema(String name, String definition) {
    JsonNode node = resource(name).deepCopy();
    if (definition != null) {
      ((ObjectNode) node).put("$ref", "#/definitions/" + definition);
    }
    return FACTORY.getSchema(node);
  }

  private static Set<String> units() {
    Set<String> units = new HashSet<>();
    resource("units").path("definitions").forEach(unit -> units.add(unit.path("const").asText()));
    return units;
  }

  private static JsonNode resource(String name) {
    String path = "/grafana-jsonschema/" + name + ".jsonschema.json";
    try (InputStream in = GrafanaSchemas.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no schema " + path);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
