package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Span names, placeholders, attribute keys and privacy, and the shape of span handles: each rule
 * reported with its ID on the element to fix.
 */
class SpanRulesTest {

  private static final String DB_ENUMS =
      """
        enum DbOperation { SELECT, INSERT }

        enum DbTable { MESSAGES, CONTACTS }

      """;

  @Test
  void timedSpanWithCounterAndSpanAloneCompileCleanly() {
    JavaFileObject source =
        subsystem(
            "DbMetrics",
            DB_ENUMS
                + """
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
                      DbTable table,
                      @Attribute("db.system.name") String system);

                  @JarvisMetric(name = "jarvis_db_queries_total", type = COUNTER, help = "Queries")
                  void queried(DbOperation operation, DbTable table, dev.jarvis.telemetry.annotations.Outcome outcome);

                  @Span("db.transaction")
                  SpanScope transaction(@Attribute("jarvis.db.statements") int statements);
                """);

    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/jarvis/catalog.md")
        .contentsAsUtf8String()
        .contains(
            "| `db.query.{operation}.{table}` | client | `db.system.name` | duration in"
                + " `jarvis_db_query_duration_seconds`, outcome in `jarvis_db_queries_total` |"
                + " `demo.DbMetrics` |");
  }

  @Test
  void upperCaseLiteralSegmentIsRejectedOnTheName() {
    Compilation compilation =
        compile(subsystem("DbMetrics", "@Span(\"db.Transaction\") SpanScope transaction();\n"));

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T001] span name 'db.Transaction' must be lower-case dotted segments")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("db.Transaction");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T001");
  }

  @Test
  void placeholderOfNoParameterIsRejected() {
    Compilation compilation =
        compile(
            subsystem(
                "DbMetrics",
                DB_ENUMS + "@Span(\"db.query.{op}\") SpanScope query(DbOperation operation);\n"));

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T002] span name 'db.query.{op}' uses placeholder {op}, but method query has"
                + " no parameter of that name");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T002", "JARVIS-T011");
  }

  @Test
  void rawStringPathInTheNameIsRejectedOnTheParameter() {
    JavaFileObject source =
        subsystem("ApiMetrics", "@Span(\"api.get.{path}\") SpanScope request(String path);\n");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T003] placeholder {path} of span name 'api.get.{path}' is bound to a"
                + " java.lang.String, which can make a span name per path or identifier")
        .inFile(source)
        .onLineContaining("String path");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T003");
  }

  @Test
  void unknownAttributeKeyIsRejectedOnTheKey() {
    JavaFileObject source =
        subsystem(
            "GenerationMetrics",
            "@Span(\"generation.request\")\n"
                + "SpanScope generate(@Attribute(\"model.id\") String model);\n");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T004] span attribute key 'model.id' is neither namespaced nor a known"
                + " semantic-convention key")
        .inFile(source)
        .onLineContaining("model.id");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T004");
  }

  @Test
  void attributeOfAnUnsupportedTypeIsRejected() {
    Compilation compilation =
        compile(
            subsystem(
                "GenerationMetrics",
                "@Span(\"generation.request\")\n"
                    + "SpanScope generate(@Attribute(\"jarvis.generation.stops\") Object s);\n"));

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T005] parameter 's' of type java.lang.Object cannot be a span attribute");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T005");
  }

  @Test
  void personalDataInAttributesNeedsTheEventFieldMarkers() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @Span(value = "api.middleware.auth")
              SpanScope authenticate(
                  @Attribute("client.address") String address,
                  @Attribute("user_agent.original") String userAgent,
                  @Attribute("jarvis.api.chat_id") String chat,
                  @Anonymized @Attribute("jarvis.api.client_ip") String ip);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T006] span attribute 'client.address' carries a client address; rule 11.3"
                + " applies to span attributes as to event fields: mark the parameter"
                + " @Anonymized")
        .inFile(source)
        .onLineContaining("client.address");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T006] span attribute 'user_agent.original' is free text that may carry"
                + " message content")
        .inFile(source)
        .onLineContaining("user_agent.original");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T006] span attribute 'jarvis.api.chat_id' identifies a person or a"
                + " conversation")
        .inFile(source)
        .onLineContaining("chat_id");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T006", "JARVIS-T006", "JARVIS-T006");
  }

  @Test
  void timedHandleNeedsASpanAndASpanNeedsItsHandle() {
    JavaFileObject source =
        subsystem(
            "DbMetrics",
            """
              @JarvisMetric(
                  name = "jarvis_db_query_duration_seconds",
                  type = HISTOGRAM,
                  help = "Query latency")
              TimedOperation query();

              @Span("db.transaction")
              void transaction();
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T007] method query returns dev.jarvis.telemetry.runtime.trace.TimedOperation;"
                + " only a method with @Span returns a span handle")
        .inFile(source)
        .onLineContaining("TimedOperation query()");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T007] method transaction returns void; a span alone returns SpanScope,"
                + " closed in try-with-resources")
        .inFile(source)
        .onLineContaining("void transaction()");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T007", "JARVIS-T007");
  }

  @Test
  void counterWhoseLabelsDisagreeWithTheHistogramIsRejected() {
    JavaFileObject source =
        subsystem(
            "DbMetrics",
            DB_ENUMS
                + """
                  @Span(value = "db.query.{operation}", counter = "jarvis_db_queries_total")
                  @JarvisMetric(
                      name = "jarvis_db_query_duration_seconds",
                      type = HISTOGRAM,
                      help = "Query latency")
                  TimedOperation query(DbOperation operation);

                  @JarvisMetric(name = "jarvis_db_queries_total", type = COUNTER, help = "Queries")
                  void queried(DbTable table, dev.jarvis.telemetry.annotations.Outcome outcome);
                """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T008] the span and the metrics of query disagree on labels: counter"
                + " 'jarvis_db_queries_total' has labels [table, outcome] but the histogram's are"
                + " [operation]")
        .inFile(source)
        .onLineContaining("counter = \"jarvis_db_queries_total\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T008");
  }

  @Test
  void placeholderThatIsNoLabelOfTheHistogramIsRejected() {
    JavaFileObject source =
        subsystem(
            "DbMetrics",
            DB_ENUMS
                + """
                  @Span("db.query.{operation}")
                  @JarvisMetric(
                      name = "jarvis_db_query_duration_seconds",
                      type = HISTOGRAM,
                      help = "Query latency")
                  TimedOperation query(@Attribute("db.operation.name") DbOperation operation);
                """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T008] the span and the metrics of query disagree on labels: placeholder"
                + " {operation} names a span per value that the histogram does not tell apart")
        .inFile(source)
        .onLineContaining("DbOperation operation)");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T008");
  }

  @Test
  void counterThatIsNotDeclaredIsRejected() {
    Compilation compilation =
        compile(
            subsystem(
                "DbMetrics",
                """
                  @Span(value = "db.transaction", counter = "jarvis_db_transactions_total")
                  @JarvisMetric(
                      name = "jarvis_db_transaction_duration_seconds",
                      type = HISTOGRAM,
                      help = "Transaction latency")
                  TimedOperation transaction();
                """));

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T009] counter 'jarvis_db_transactions_total' named by the span of"
                + " transaction is not a counter of DbMetrics");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T009");
  }

  @Test
  void spanOnACounterOrOnAHistogramWithValueIsRejected() {
    Compilation compilation =
        compile(
            subsystem(
                "DbMetrics",
                """
                  @Span("db.transaction")
                  @JarvisMetric(name = "jarvis_db_transactions_total", type = COUNTER, help = "T")
                  TimedOperation transaction();

                  @Span("db.query.select")
                  @JarvisMetric(
                      name = "jarvis_db_query_duration_seconds",
                      type = HISTOGRAM,
                      help = "Query latency")
                  TimedOperation query(@Value double seconds);
                """));

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T010] @Span on counter 'jarvis_db_transactions_total' cannot time it");
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T010] @Span on histogram 'jarvis_db_query_duration_seconds' cannot time it;"
                + " a span is combined with a histogram in seconds without @Value, whose duration"
                + " the TimedOperation measures: remove the @Value parameter");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T010", "JARVIS-T010");
  }

  @Test
  void parameterOfASpanAloneThatGoesNowhereIsRejected() {
    JavaFileObject source =
        subsystem("DbMetrics", "@Span(\"db.transaction\") SpanScope transaction(int size);\n");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T011] parameter 'size' of span method transaction is neither a placeholder"
                + " of the span name nor an @Attribute")
        .inFile(source)
        .onLineContaining("int size");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T011");
  }

  @Test
  void openLabelOfATimedMethodIsRejected() {
    JavaFileObject source =
        subsystem(
            "DbMetrics",
            """
              @Span("db.transaction")
              @JarvisMetric(
                  name = "jarvis_db_transaction_duration_seconds",
                  type = HISTOGRAM,
                  help = "Transaction latency")
              TimedOperation transaction(String isolation);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T012] label 'isolation' of timed method transaction is a java.lang.String")
        .inFile(source)
        .onLineContaining("String isolation");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T012");
  }

  @Test
  void attributeKeySetTwiceIsRejected() {
    Compilation compilation =
        compile(
            subsystem(
                "DbMetrics",
                """
                  @Span("db.transaction")
                  SpanScope transaction(
                      @Attribute("jarvis.db.size") int size, @Attribute("jarvis.db.size") int n);
                """));

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-T013] span attribute key 'jarvis.db.size' is set twice by transaction");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-T013");
  }
}
