package dev.jarvis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the service with its workload, its log going through the JSON encoder to a file, until every
 * one of the roadmap's 46 events (section 4.3) has been logged, and reads the log back: every line
 * is a JSON object of the section 4.2 schema, and every event has its level and each of its fields
 * in the section the table below expects.
 */
class EventLogTest {
  private static final Duration DEADLINE = Duration.ofSeconds(45);
  private static final int ROADMAP_EVENTS = 46;
  private static final List<String> SECTIONS = List.of("context", "metrics", "metadata");

  /**
   * @param level the level as the encoder writes it
   * @param fields every field as {@code section.name}
   */
  private record Expected(String level, Set<String> fields) {}

  private static final Map<String, Expected> EVENTS = expectations();

  private static final List<String> invalidLines = new ArrayList<>();
  private static final Map<String, Set<String>> levelsSeen = new TreeMap<>();
  private static final Map<String, Set<Set<String>>> fieldsSeen = new TreeMap<>();
  private static int linesRead;
  private static Duration took;

  @BeforeAll
  static void runServiceUntilEveryEventIsLogged() throws Exception {
    LogTail log = LogTail.fromEnd(LogTail.SERVICE_LOG);
    ObjectMapper json = new ObjectMapper();
    long start = System.nanoTime();
    long deadline = start + DEADLINE.toNanos();
    RunningService service = ServiceWiring.start(new ServiceOptions(0, true));
    try {
      while (!levelsSeen.keySet().containsAll(EVENTS.keySet()) && System.nanoTime() < deadline) {
        Thread.sleep(200);
        log.newLines().forEach(line -> read(json, line));
      }
      took = Duration.ofNanos(System.nanoTime() - start);
    } finally {
      service.close();
    }
    log.newLines().forEach(line -> read(json, line));
  }

  @Test
  void theTableHasEveryRoadmapEvent() {
    assertThat(EVENTS).hasSize(ROADMAP_EVENTS);
  }

  @Test
  void everyLineIsAJsonObjectOfTheSchema() {
    assertThat(linesRead).isPositive();
    assertThat(invalidLines).isEmpty();
  }

  @Test
  void everyEventIsLoggedWhileTheWorkloadRuns() {
    Set<String> missing = new TreeSet<>(EVENTS.keySet());
    missing.removeAll(levelsSeen.keySet());

    assertThat(missing).as("events not logged within %s (all took %s)", DEADLINE, took).isEmpty();
  }

  @Test
  void theServiceLogsNoEventOutsideTheTable() {
    Set<String> unknown = new TreeSet<>(levelsSeen.keySet());
    unknown.removeAll(EVENTS.keySet());

    assertThat(unknown).isEmpty();
  }

  @Test
  void everyEventHasItsLevel() {
    Map<String, Set<String>> wrong = new TreeMap<>();
    EVENTS.forEach(
        (type, expected) -> {
          Set<String> seen = levelsSeen.getOrDefault(type, Set.of());
          if (!seen.isEmpty() && !seen.equals(Set.of(expected.level()))) {
            wrong.put(type, seen);
          }
        });

    assertThat(wrong).as("levels that differ from the table").isEmpty();
  }

  @Test
  void everyFieldLandsInItsSection() {
    Map<String, Set<Set<String>>> wrong = new TreeMap<>();
    EVENTS.forEach(
        (type, expected) -> {
          Set<Set<String>> seen = fieldsSeen.getOrDefault(type, Set.of());
          if (!seen.isEmpty() && !seen.equals(Set.of(expected.fields()))) {
            wrong.put(type, seen);
          }
        });

    assertThat(wrong).as("fields that differ from the table").isEmpty();
  }

  private static void read(ObjectMapper json, String line) {
    linesRead++;
    JsonNode entry;
    try {
      entry = json.readTree(line);
    } catch (JsonProcessingException e) {
      invalidLines.add(line);
      return;
    }
    boolean schema =
        entry != null
            && entry.isObject()
            && List.of("timestamp", "level", "logger", "message", "service", "version").stream()
                .allMatch(name -> entry.path(name).isTextual())
            && entry.path("event").path("type").isTextual()
            && entry.path("event").path("category").isTextual();
    if (!schema) {
      invalidLines.add(line);
      return;
    }
    String type = entry.path("event").path("type").asText();
    if (type.equals("log")) {
      return;
    }
    levelsSeen.computeIfAbsent(type, seen -> new TreeSet<>()).add(entry.path("level").asText());
    Set<String> fields = new TreeSet<>();
    for (String section : SECTIONS) {
      entry.path(section).fieldNames().forEachRemaining(name -> fields.add(section + "." + name));
    }
    fieldsSeen.computeIfAbsent(type, seen -> new HashSet<>()).add(fields);
  }

  // One row per event of section 4.3: its type, its level, and each field as section.name; a row
  // goes on over the lines indented under it. The names carry the deviations the README lists:
  // renamed template events, hashed fields (_hash), durations in milliseconds (_ms), and the
  // original length of truncated text (_length).
  private static final String TABLE =
      """
      api.request.start DEBUG metadata.method metadata.path context.query_params_hash
          metadata.client_ip
      api.request.complete INFO metadata.method metadata.path metadata.status_code
          metrics.latency_ms metrics.response_size
      api.request.error ERROR metadata.method metadata.path metadata.error_type
          metadata.error_message metrics.error_message_length
          metadata.stack_trace metrics.stack_trace_length
      api.rate_limit.hit WARNING metadata.client_ip metadata.endpoint metrics.limit
          metrics.window_ms

      model.load.start INFO metadata.model_id metadata.device metrics.memory_requested_mb
      model.load.complete INFO metadata.model_id metrics.load_duration_ms metrics.memory_used_mb
      model.load.failed ERROR metadata.model_id metadata.error metrics.error_length
          metrics.memory_available_mb
      model.unload INFO metadata.model_id metadata.reason metrics.memory_freed_mb
      generation.start INFO context.request_id metadata.model_id metrics.max_tokens
          metrics.temperature metrics.prompt_tokens
      generation.token DEBUG context.request_id metrics.token_index metrics.token_length
      generation.complete INFO context.request_id metrics.tokens_generated
          metrics.generation_time_ms metadata.finish_reason
      generation.failed ERROR context.request_id metadata.error metrics.error_length
          metadata.loaded_for_request
      generation.template.match INFO metadata.template_name metrics.similarity_score
          context.query_hash
      generation.template.miss DEBUG metrics.best_similarity context.query_hash

      prefetch.schedule DEBUG metadata.prediction_type context.key_hash metrics.priority
          metrics.ttl_seconds
      prefetch.execute.start DEBUG metadata.prediction_type context.key_hash
          metrics.queue_wait_ms
      prefetch.execute.complete INFO metadata.prediction_type context.key_hash
          metrics.execution_ms metadata.cached metrics.result_size
      prefetch.hit INFO metadata.prediction_type context.key_hash metadata.tier
          metrics.age_seconds
      prefetch.miss DEBUG metadata.prediction_type context.key_hash metadata.reason
      prefetch.evict DEBUG metadata.tier context.key_hash metrics.age_seconds
          metrics.access_count
      prefetch.resource_blocked WARNING metadata.resource metrics.threshold
          metrics.current_value

      scheduler.item.scheduled INFO context.item_id context.contact_id_hash metadata.send_at
          metadata.priority
      scheduler.item.send.start INFO context.item_id metrics.attempt_number metrics.retry_count
      scheduler.item.send.complete INFO context.item_id metrics.send_duration_ms
      scheduler.item.failed ERROR context.item_id metadata.error metrics.error_length
          metadata.final_failure
      scheduler.item.cancelled INFO context.item_id metadata.reason
      scheduler.item.expired WARNING context.item_id metrics.hours_overdue
      scheduler.missed.processed INFO metrics.count_on_startup

      websocket.connect INFO context.client_id_hash metadata.client_ip metadata.auth_method
          metadata.user_agent metrics.user_agent_length
      websocket.disconnect INFO context.client_id_hash metrics.duration_seconds
          metrics.messages_exchanged
      websocket.message.receive DEBUG context.client_id_hash metadata.message_type
          metrics.payload_size
      websocket.message.send DEBUG context.client_id_hash metadata.message_type
          metrics.payload_size
      websocket.generation.start INFO context.client_id_hash context.generation_id
          metadata.streaming
      websocket.generation.cancel INFO context.client_id_hash context.generation_id
          metrics.tokens_generated
      websocket.error ERROR context.client_id_hash metadata.error_type metadata.error_message
          metrics.error_message_length
      websocket.capacity.rejected WARNING metadata.client_ip metrics.max_connections

      classifier.inference.start DEBUG metadata.classifier context.input_hash
          metrics.context_length
      classifier.inference.complete INFO metadata.classifier metadata.result metrics.confidence
          metadata.method metrics.latency_ms
      classifier.cache.hit DEBUG metadata.classifier context.cache_key_hash metrics.age_seconds
      classifier.fallback WARNING metadata.classifier metadata.reason context.input_hash

      db.query.start DEBUG metadata.operation metadata.table context.query_hash
      db.query.complete DEBUG metadata.operation metadata.table metrics.latency_ms
          metrics.rows_affected
      db.query.slow WARNING metadata.operation metadata.table metrics.latency_ms
          context.query_hash
      db.connection.max ERROR metrics.pool_size metrics.waiters
      db.transaction.start DEBUG context.transaction_id
      db.transaction.complete DEBUG context.transaction_id metadata.committed
      """;

  private static Map<String, Expected> expectations() {
    Map<String, Expected> events = new LinkedHashMap<>();
    String type = null;
    for (String line : TABLE.lines().filter(line -> !line.isBlank()).toList()) {
      List<String> words = List.of(line.trim().split(" +"));
      if (!line.startsWith(" ")) {
        type = words.get(0);
        events.put(type, new Expected(words.get(1), new TreeSet<>(words.subList(2, words.size()))));
      } else {
        events.get(type).fields().addAll(words);
      }
    }
    return events;
  }
}
