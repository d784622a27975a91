package dev.jarvis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the service as its own process with a hashing key in {@code JARVIS_HASH_KEY}, as it is
 * deployed, lets the workload drive every subsystem, and then looks for the key in everything the
 * service put out: each line on stdout and stderr, {@code /metrics}, {@code /health}, and the files
 * the processor generated. The key must be in none of them, in plain text, Base64 or hex; the test
 * also finds the keyed hashes, so that it cannot pass because no identifier was hashed.
 */
class HashKeyLeakTest {
  private static final String KEY = "k3y-LEAKCHECK-7f2d9a41c0e8b6a5";
  private static final String KEY_ID = "rotation-2026";
  private static final Duration WORKLOAD = Duration.ofSeconds(8);
  private static final Duration START_DEADLINE = Duration.ofSeconds(60);
  private static final Pattern READY = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)/metrics");

  private static final ObjectMapper json = new ObjectMapper();
  private static final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final List<String> stdout = new ArrayList<>();
  private static Process process;
  private static String stderr;
  private static String metrics;
  private static String health;

  @BeforeAll
  static void runTheServiceWithAKey() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            // The service's own configuration, JSON lines on stdout, not the tests' log file.
            "-Dlogback.configurationFile=" + Path.of("target", "classes", "logback.xml"),
            JarvisService.class.getName(),
            "--port",
            "0");
    builder.environment().put("JARVIS_HASH_KEY", KEY);
    builder.environment().put("JARVIS_HASH_KEY_ID", KEY_ID);
    builder.environment().remove("JARVIS_METRICS_TOKEN");
    Path out = Files.createTempFile("jarvis-service", ".stdout");
    Path err = Files.createTempFile("jarvis-service", ".stderr");
    // Files rather than pipes: the whole output is there to read after the process ends.
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    process = builder.start();

    URI base = awaitReady(out);
    Thread.sleep(WORKLOAD.toMillis());
    metrics = get(base.resolve("/metrics"));
    health = get(base.resolve("/health"));

    process.destroy();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the service stops").isTrue();
    stdout.addAll(Files.readAllLines(out, StandardCharsets.UTF_8));
    stderr = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(out);
    Files.delete(err);
  }

  @AfterAll
  static void stopTheService() {
    if (process != null) {
      process.destroyForcibly();
    }
  }

  @Test
  void theServiceHashedWithTheKey() {
    assertThat(stdout).anyMatch(line -> line.contains("\"hmac:" + KEY_ID + ":"));
    assertThat(stdout).noneMatch(line -> line.contains("\"sha256:"));
    assertThat(metrics).contains("jarvis_api_requests_total");
    assertThat(health).contains("\"components\"");
  }

  @Test
  void everyLogLineIsOneJsonObjectWithoutTheKey() throws IOException {
    assertThat(stdout).hasSizeGreaterThan(20);
    for (String line : stdout) {
      assertThat(json.readTree(line).isObject()).as(line).isTrue();
      assertNoKey(line, "log line");
    }
    assertNoKey(stderr, "stderr");
  }

  @Test
  void theMetricsAndHealthCarryNoKey() {
    assertNoKey(metrics, "/metrics");
    assertNoKey(health, "/health");
  }

  @Test
  void theGeneratedFilesCarryNoKey() throws IOException {
    List<Path> generated;
    try (Stream<Path> files =
        Stream.concat(
            Files.walk(Path.of("target", "classes", "META-INF")),
            Files.walk(Path.of("target", "generated-sources")))) {
      generated = files.filter(Files::isRegularFile).toList();
    }
    assertThat(generated).isNotEmpty();
    for (Path file : generated) {
      assertNoKey(Files.readString(file, StandardCharsets.ISO_8859_1), file.toString());
    }
  }

  private static void assertNoKey(String text, String where) {
    byte[] key = KEY.getBytes(StandardCharsets.UTF_8);
    for (String form :
        List.of(
            KEY,
            KEY.substring(4, 20),
            Base64.getEncoder().encodeToString(key),
            Base64.getEncoder().withoutPadding().encodeToString(key),
            HexFormat.of().formatHex(key))) {
      assertThat(text.toLowerCase())
          .as("%s holds %s", where, form)
          .doesNotContain(form.toLowerCase());
    }
  }

  private static URI awaitReady(Path out) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_DEADLINE.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
        Matcher ready = READY.matcher(line);
        if (line.contains("JARVIS sample service ready") && ready.find()) {
          return URI.create(ready.group(1));
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "the service did not say it was ready: " + Files.readString(out, StandardCharsets.UTF_8));
  }

  private static String get(URI uri) throws IOException, InterruptedException {
    return client
        .send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
