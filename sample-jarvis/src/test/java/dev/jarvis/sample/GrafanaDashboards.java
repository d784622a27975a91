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
    List<JsonNode> dashboards = new ArrayList<>();
    for (Path file : files()) {
      dashboards.add(JSON.readTree(file.toFile()));
    }
    return dashboards;
  }

  /** The dashboard files, by name. */
  static List<Path> files() throws IOException {
    URL url = GrafanaDashboards.class.getClassLoader().getResource(FOLDER);
    if (url == null) {
      return fail(FOLDER + " was not generated; the sample declares dashboards");
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a class path URL is a URI", e);
    }
  }
}
