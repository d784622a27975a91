package dev.jarvis.telemetry.processor;

import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.recorderOf;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import dev.jarvis.telemetry.runtime.trace.SpanScope;
import dev.jarvis.telemetry.runtime.trace.TimedOperation;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs a generated recorder's spans through the OpenTelemetry SDK into its in-memory exporter, and
 * its metrics into a real Prometheus registry: names, attributes, nesting, error status and the
 * recorded exception, and one observation and one count per handle however its body ends; and,
 * without an SDK, the metrics alone until one is installed globally.
 */
class SpanRecorderRuntimeTest {

  private static final JavaFileObject DB_METRICS =
      subsystem(
          "DbMetrics",
          """
            enum DbOperation { SELECT, INSERT }

            enum DbTable { MESSAGES, CONTACTS }

            @Span(
                value = "db.query.{operation}.{table}",
                kind = SpanKind.CLIENT,
                counter = "jarvis_db_queries_total")
            @JarvisMetric(
                name = "jarvis_db_query_duration_seconds",
                type = HISTOGRAM,
                help = "Query latency")
            TimedOperation query(
                DbOperation operation,
                @Attribute("db.collection.name") @Label("table") DbTable table,
                @Attribute("jarvis.db.rows_expected") int rows);

            @JarvisMetric(name = "jarvis_db_queries_total", type = COUNTER, help = "Queries")
            void queried(DbOperation operation, DbTable table, dev.jarvis.telemetry.annotations.Outcome outcome);

            @Span("db.transaction")
            SpanScope transaction(
                @Attribute("jarvis.db.read_only") boolean readOnly,
                @Anonymized @Attribute("client.address") String client);
          """);

  private static CompiledClassLoader classes;

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private OpenTelemetrySdk sdk;
  private PrometheusRegistry registry;
  private Object recorder;

  @BeforeAll
  static void compileRecorder() {
    Compilation compilation = compile(DB_METRICS);
    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClassLoader(compilation);
  }

  @BeforeEach
  void buildRecorder() throws ReflectiveOperationException {
    sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .build();
    registry = new PrometheusRegistry();
    JarvisTelemetry telemetry =
        JarvisTelemetry.builder().registry(registry).openTelemetry(sdk).build();
    recorder = recorderOn(telemetry);
  }

  private static Object recorderOn(JarvisTelemetry telemetry) throws ReflectiveOperationException {
    return classes
        .loadClass(recorderOf("DbMetrics"))
        .getConstructor(JarvisTelemetry.class)
        .newInstance(telemetry);
  }

  @AfterEach
  void closeSdk() {
    GlobalOpenTelemetry.resetForTest();
    sdk.close();
  }

  @Test
  void timedQueryNestsUnderTheTransactionWithNameKindAndAttributes() throws Exception {
    try (SpanScope transaction = (SpanScope) call("transaction", true, "192.168.1.77")) {
      try (TimedOperation query = query("SELECT", "MESSAGES", 20)) {
        query.succeeded();
      }
      transaction.succeeded();
    }

    SpanData query = span("db.query.select.messages");
    SpanData transaction = span("db.transaction");
    assertThat(query.getParentSpanId()).isEqualTo(transaction.getSpanId());
    assertThat(query.getTraceId()).isEqualTo(transaction.getTraceId());
    assertThat(query.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(query.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(query.getAttributes().asMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                AttributeKey.stringKey("db.collection.name"),
                "messages",
                AttributeKey.longKey("jarvis.db.rows_expected"),
                20L,
                // prometheus-metrics-core marks the span it took as the histogram's exemplar,
                // which shows the duration was observed while the span was current.
                AttributeKey.stringKey("exemplar"),
                "true"));
    assertThat(transaction.getAttributes().asMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                AttributeKey.booleanKey("jarvis.db.read_only"),
                true,
                AttributeKey.stringKey("client.address"),
                "192.168.1.0"));
    assertThat(histogramCounts())
        .containsEntry(Labels.of("operation", "select", "table", "messages"), 1L);
    assertThat(counterValues())
        .containsEntry(outcome("select", "messages", "success"), 1.0)
        .containsEntry(outcome("select", "messages", "error"), 0.0);
  }

  @Test
  void failedOperationRecordsTheExceptionSetsErrorAndCountsOnceThoughClosedTwice()
      throws Exception {
    IllegalStateException failure = new IllegalStateException("database is locked by chat 42");

    assertThatThrownBy(
            () -> {
              TimedOperation query = query("INSERT", "CONTACTS", 1);
              try (query) {
                try {
                  throw failure;
                } catch (RuntimeException e) {
                  query.failed(e);
                  throw e;
                }
              } finally {
                query.close();
              }
            })
        .isSameAs(failure);

    SpanData query = span("db.query.insert.contacts");
    assertThat(query.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    EventData exception = query.getEvents().get(0);
    assertThat(exception.getName()).isEqualTo("exception");
    assertThat(exception.getAttributes().get(AttributeKey.stringKey("exception.type")))
        .isEqualTo(IllegalStateException.class.getName());
    // The message may quote user content, as here, so only the type and frames are kept.
    assertThat(exception.getAttributes().get(AttributeKey.stringKey("exception.stacktrace")))
        .contains("SpanRecorderRuntimeTest")
        .doesNotContain("chat 42");
    assertThat(histogramCounts())
        .containsEntry(Labels.of("operation", "insert", "table", "contacts"), 1L);
    assertThat(counterValues())
        .containsEntry(outcome("insert", "contacts", "error"), 1.0)
        .containsEntry(outcome("insert", "contacts", "success"), 0.0);
  }

  @Test
  void bodyThatThrowsBeforeSucceedingEndsAsAnErrorCountedOnce() throws Exception {
    assertThatThrownBy(
            () -> {
              try (TimedOperation query = query("SELECT", "CONTACTS", 5)) {
                if (query != null) {
                  throw new IllegalArgumentException("no such column");
                }
                query.succeeded();
              }
            })
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(span("db.query.select.contacts").getStatus().getStatusCode())
        .isEqualTo(StatusCode.ERROR);
    assertThat(histogramCounts())
        .containsEntry(Labels.of("operation", "select", "table", "contacts"), 1L);
    assertThat(counterValues())
        .containsEntry(outcome("select", "contacts", "error"), 1.0)
        .containsEntry(outcome("select", "contacts", "success"), 0.0);
  }

  @Test
  void withoutAGlobalSdkRecordsMetricsOnlyUntilOneIsInstalled() throws Exception {
    registry = new PrometheusRegistry();
    recorder = recorderOn(JarvisTelemetry.builder().registry(registry).build());

    try (SpanScope transaction = (SpanScope) call("transaction", false, "10.0.0.5")) {
      assertThat(transaction).isSameAs(SpanScope.NONE);
      try (TimedOperation query = query("SELECT", "MESSAGES", 20)) {
        assertThat(Span.current().getSpanContext().isValid()).isFalse();
        query.succeeded();
      }
      transaction.failed(new IllegalStateException("rolled back"));
    }

    assertThat(spans.getFinishedSpanItems()).isEmpty();
    assertThat(histogramCounts())
        .containsEntry(Labels.of("operation", "select", "table", "messages"), 1L);
    assertThat(counterValues())
        .containsEntry(outcome("select", "messages", "success"), 1.0)
        .containsEntry(outcome("select", "messages", "error"), 0.0);
    assertThat(snapshot("jarvis_telemetry_recording_errors").getDataPoints()).isEmpty();

    GlobalOpenTelemetry.set(sdk);
    try (SpanScope transaction = (SpanScope) call("transaction", false, "10.0.0.5")) {
      try (TimedOperation query = query("SELECT", "MESSAGES", 20)) {
        query.succeeded();
      }
      transaction.succeeded();
    }

    assertThat(span("db.query.select.messages").getParentSpanId())
        .isEqualTo(span("db.transaction").getSpanId());
    assertThat(histogramCounts())
        .containsEntry(Labels.of("operation", "select", "table", "messages"), 2L);
    assertThat(counterValues()).containsEntry(outcome("select", "messages", "success"), 2.0);
  }

  @Test
  void nullLabelIsDroppedAndCountedWithoutThrowing() throws Exception {
    TimedOperation query = query(null, "CONTACTS", 5);
    query.succeeded();
    query.close();

    assertThat(query).isSameAs(TimedOperation.NONE);
    assertThat(spans.getFinishedSpanItems()).isEmpty();
    assertThat(histogramCounts().values()).containsOnly(0L);
  }

  private TimedOperation query(String operation, String table, int rows) throws Exception {
    return (TimedOperation)
        call(
            "query",
            operation == null ? null : constant("DbOperation", operation),
            constant("DbTable", table),
            rows);
  }

  private SpanData span(String name) {
    List<SpanData> named =
        spans.getFinishedSpanItems().stream()
            .filter(span -> span.getName().equals(name))
            .collect(Collectors.toList());
    assertThat(named).as("spans named %s", name).hasSize(1);
    return named.get(0);
  }

  private static Labels outcome(String operation, String table, String outcome) {
    return Labels.of("operation", operation, "outcome", outcome, "table", table);
  }

  private Map<Labels, Long> histogramCounts() {
    HistogramSnapshot histogram = (HistogramSnapshot) snapshot("jarvis_db_query_duration_seconds");
    return histogram.getDataPoints().stream()
        .collect(Collectors.toMap(point -> point.getLabels(), point -> point.getCount()));
  }

  private Map<Labels, Double> counterValues() {
    CounterSnapshot counter = (CounterSnapshot) snapshot("jarvis_db_queries");
    return counter.getDataPoints().stream()
        .collect(Collectors.toMap(point -> point.getLabels(), point -> point.getValue()));
  }

  private MetricSnapshot snapshot(String name) {
    return registry.scrape().stream()
        .filter(snapshot -> snapshot.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private Object call(String name, Object... arguments) throws Exception {
    Method method =
        Arrays.stream(recorder.getClass().getMethods())
            .filter(candidate -> candidate.getName().equals(name))
            .findFirst()
            .orElseThrow();
    try {
      return method.invoke(recorder, arguments);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static Object constant(String enumName, String constant) throws ClassNotFoundException {
    Class<?> type = classes.loadClass("demo.DbMetrics$" + enumName);
    return Arrays.stream(type.getEnumConstants())
        .filter(value -> ((Enum<?>) value).name().equals(constant))
        .findFirst()
        .orElseThrow();
  }
}
