package dev.jarvis.sample;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Grafana dashboards the processor generated for the sample, one JSON file per dashboard. */
final class GrafanaDashboards {
  /** Where the processor writes them, in the class output and the jar. */
  static final String FOLDER = "META-INF/jarvis/grafana";

  private static final ObjectMapper JSON = new ObjectMapper();

  private GrafanaDashboards() {}

  static List<JsonNode> all() throws IOException {
    URL url = GrafanaDashboards.class.getClassLoader().getResource(FOLDER);
    if (url == null) {
      return fail(FOLDER + " was not generated; the sample declares dashboards");
    }
    List<JsonNode> dashboards = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        dashboards.add(JSON.readTree(file.toFile()));
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a class path URL is a URI", e);
    }
    return dashboards;
  }
}
