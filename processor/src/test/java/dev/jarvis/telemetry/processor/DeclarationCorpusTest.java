package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorMessages;
import static dev.jarvis.telemetry.processor.Compilations.source;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;
import static dev.jarvis.telemetry.processor.Compilations.subsystemExtending;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A corpus of bad and unusual declarations, each compiled by the real javac with the processor: an
 * annotation where it does not belong, generic, overloaded and nested declarations, types that do
 * not resolve, and names, labels, buckets, SLOs and PromQL at their limits (empty, huge, non-ASCII,
 * escape sequences). A bad one must be reported with its diagnostic ID on the line to fix; an
 * unusual but valid one must compile; none may make the processor fail ({@code JARVIS-G001}) or
 * throw.
 */
class DeclarationCorpusTest {
  private static final String PROCESSOR_FAILURE = "[JARVIS-G001]";

  /**
   * One declaration of the corpus.
   *
   * @param name what is unusual about it
   * @param diagnosticId the expected error, or null when it must compile
   * @param lineContaining text of the line the error must be on
   * @param source the compilation unit, where the error must be
   * @param compiledWith other compilation units it needs
   */
  record Case(
      String name,
      String diagnosticId,
      String lineContaining,
      JavaFileObject source,
      List<JavaFileObject> compiledWith) {}

  @TestFactory
  Stream<DynamicTest> everyDeclarationIsReportedWhereItIsWrongOrCompiles() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  @Test
  void theCorpusHoldsAtLeastSixtyBadDeclarations() {
    List<Case> cases = cases();
    long bad = cases.stream().filter(c -> c.diagnosticId() != null).count();
    long ids = cases.stream().map(Case::diagnosticId).filter(id -> id != null).distinct().count();
    System.out.printf(
        "declaration corpus: %d declarations, %d rejected with their diagnostic ID on the line to"
            + " fix (%d distinct IDs), %d unusual but valid that compile%n",
        cases.size(), bad, ids, cases.size() - bad);
    assertThat(bad).isAtLeast(60);
  }

  private static void check(Case c) {
    List<JavaFileObject> sources = new ArrayList<>(c.compiledWith());
    sources.add(c.source());
    Compilation compilation = compile(sources.toArray(new JavaFileObject[0]));

    List<String> failures =
        errorMessages(compilation).stream()
            .filter(message -> message.contains(PROCESSOR_FAILURE))
            .collect(Collectors.toList());
    assertThat(failures).isEmpty();
    if (c.diagnosticId() == null) {
      assertThat(compilation).succeeded();
      assertThat(jarvisWarnings(compilation)).isEmpty();
      return;
    }
    assertThat(compilation)
        .hadErrorContaining("[" + c.diagnosticId() + "]")
        .inFile(c.source())
        .onLineContaining(c.lineContaining());
  }

  private static List<String> jarvisWarnings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(message -> message.contains("[JARVIS-"))
        .collect(Collectors.toList());
  }

  static List<Case> cases() {
    List<Case> cases =
        new ArrayList<>(
            List.of(
                inSource(
                    "metric on an abstract class method",
                    "JARVIS-G002",
                    "public abstract void requestCompleted()",
                    "ApiBase",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\npublic abstract class ApiBase {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  public abstract void requestCompleted();\n}\n"),
                onMember(
                    "metric on a default method",
                    "JARVIS-G002",
                    "default void failed()",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  default void failed() {}\n"),
                onMember(
                    "metric on a static interface method",
                    "JARVIS-G002",
                    "static void failed()",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  static void failed() {}\n"),
                inSource(
                    "metric on an enum method",
                    "JARVIS-G002",
                    "void requestCompleted() {}",
                    "Route",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\npublic enum Route {\n  HOME;\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted() {}\n}\n"),
                inSource(
                    "metric on a record method",
                    "JARVIS-G002",
                    "void requestCompleted() {}",
                    "Call",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\npublic record Call(int id) {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted() {}\n}\n"),
                inSource(
                    "event on a class method",
                    "JARVIS-G002",
                    "public void started()",
                    "ApiLog",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\npublic class ApiLog {\n  @JarvisEvent(type = \"api.request.start\", level = EventLevel.INFO)\n  public void started() {}\n}\n"),
                inSource(
                    "alert on a class",
                    "JARVIS-A001",
                    "@Alert(",
                    "ApiAlerts",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \"ApiDown\", expr = \"up == 0\", severity = Severity.CRITICAL, summary = \"Down\")\npublic class ApiAlerts {}\n"),
                inSource(
                    "alert on an enum",
                    "JARVIS-A001",
                    "@Alert(",
                    "ApiAlertKinds",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \"ApiDown\", expr = \"up == 0\", severity = Severity.CRITICAL, summary = \"Down\")\npublic enum ApiAlertKinds { A }\n"),
                inSource(
                    "alert on a record",
                    "JARVIS-A001",
                    "@Alert(",
                    "ApiAlertRecord",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \"ApiDown\", expr = \"up == 0\", severity = Severity.CRITICAL, summary = \"Down\")\npublic record ApiAlertRecord(int a) {}\n"),
                onMember(
                    "generic method",
                    "JARVIS-G004",
                    "<T extends Number> void recorded",
                    "@JarvisMetric(name = \"jarvis_api_size_bytes\", type = GAUGE, help = \"S\")\n  <T extends Number> void recorded(@Value double size);\n"),
                inSource(
                    "generic interface",
                    "JARVIS-G007",
                    "public interface ApiMetrics<E>",
                    "ApiMetrics",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\npublic interface ApiMetrics<E> {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted();\n}\n"),
                inSource(
                    "private nested interface",
                    "JARVIS-G005",
                    "private interface ApiMetrics",
                    "Holder",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\npublic class Holder {\n  private interface ApiMetrics {\n    @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n    void requestCompleted();\n  }\n}\n"),
                inSource(
                    "package-private interface",
                    null,
                    null,
                    "ApiMetrics",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\ninterface ApiMetrics {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted();\n}\n"),
                inSource(
                    "public interface nested in a class",
                    null,
                    null,
                    "Holder",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\npublic class Holder {\n  public interface ApiMetrics {\n    @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n    void requestCompleted();\n  }\n}\n"),
                inSource(
                    "package-private interface nested in an interface",
                    null,
                    null,
                    "Outer",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\npublic interface Outer {\n  interface ApiMetrics {\n    @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n    void requestCompleted();\n  }\n}\n"),
                onMember(
                    "overloaded methods with their own metrics",
                    null,
                    null,
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted();\n  @JarvisMetric(name = \"jarvis_api_errors_total\", type = COUNTER, help = \"E\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "overloaded methods sharing a metric name",
                    "JARVIS-M009",
                    "help = \"Again\"",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted();\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Again\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "abstract method without annotation",
                    "JARVIS-G003",
                    "void reset()",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted();\n  void reset();\n"),
                onMember(
                    "metric and event on one method",
                    "JARVIS-G008",
                    "void requestCompleted()",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  @JarvisEvent(type = \"api.request.complete\", level = EventLevel.INFO)\n  void requestCompleted();\n"),
                onMember(
                    "parameter of a missing type",
                    "JARVIS-G006",
                    "Missing route",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(Missing route);\n"),
                onMember(
                    "value of a missing type",
                    "JARVIS-G006",
                    "Missing latency",
                    "@JarvisMetric(name = \"jarvis_api_latency_seconds\", type = HISTOGRAM, help = \"L\")\n  void took(@Value Missing latency);\n"),
                onMember(
                    "event field of a missing type",
                    "JARVIS-G006",
                    "Missing detail",
                    "@JarvisEvent(type = \"api.request.start\", level = EventLevel.INFO)\n  void started(Missing detail);\n"),
                onMember(
                    "return of a missing type",
                    "JARVIS-G006",
                    "Missing requestCompleted",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  Missing requestCompleted();\n"),
                onMember(
                    "empty metric name",
                    "JARVIS-M001",
                    "name = \"\"",
                    "@JarvisMetric(name = \"\", type = COUNTER, help = \"R\")\n  void requestCompleted();\n"),
                onMember(
                    "metric name of 2,000 characters",
                    null,
                    null,
                    "@JarvisMetric(name = \"jarvis_api_"
                        + "a".repeat(1983)
                        + "_total\", type = COUNTER, help = \"R\")\n  void requestCompleted();\n"),
                onMember(
                    "metric name with a non-ASCII letter",
                    "JARVIS-M001",
                    "r\u00e9quests",
                    "@JarvisMetric(name = \"jarvis_api_r\u00e9quests_total\", type = COUNTER, help = \"R\")\n  void requestCompleted();\n"),
                onMember(
                    "metric name with an escaped line break",
                    "JARVIS-M001",
                    "requests\\n",
                    "@JarvisMetric(name = \"jarvis_api_requests\\n_total\", type = COUNTER, help = \"R\")\n  void requestCompleted();\n"),
                onMember(
                    "metric name with a colon",
                    "JARVIS-M001",
                    "api:requests",
                    "@JarvisMetric(name = \"jarvis_api:requests_total\", type = COUNTER, help = \"R\")\n  void requestCompleted();\n"),
                onMember(
                    "metric name of a subsystem only",
                    "JARVIS-M010",
                    "\"jarvis_api\"",
                    "@JarvisMetric(name = \"jarvis_api\", type = GAUGE, help = \"R\")\n  void requests(@Value double value);\n"),
                onMember(
                    "metric name outside the prefix",
                    "JARVIS-M002",
                    "\"api_requests_total\"",
                    "@JarvisMetric(name = \"api_requests_total\", type = COUNTER, help = \"R\")\n  void requestCompleted();\n"),
                onMember(
                    "empty help",
                    "JARVIS-M008",
                    "help = \"\"",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"\")\n  void requestCompleted();\n"),
                onMember(
                    "help of 18,400 characters in three scripts and emoji",
                    null,
                    null,
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \""
                        + "Requ\u00eates \u8bf7\u6c42 \u0437\u0430\u043f\u0440\u043e\u0441\u044b \ud83d\ude80 "
                            .repeat(800)
                        + "\")\n  void requestCompleted();\n"),
                onMember(
                    "help with quotes, backslashes and line breaks",
                    null,
                    null,
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"say \\\"hi\\\" \\\\ to\\nthem\\t\\u2028\")\n  void requestCompleted();\n"),
                onMember(
                    "counter without _total",
                    "JARVIS-M004",
                    "jarvis_api_requests\"",
                    "@JarvisMetric(name = \"jarvis_api_requests\", type = COUNTER, help = \"R\")\n  void requestCompleted();\n"),
                onMember(
                    "gauge ending in _total",
                    "JARVIS-M005",
                    "jarvis_api_inflight_total",
                    "@JarvisMetric(name = \"jarvis_api_inflight_total\", type = GAUGE, help = \"R\")\n  void inflight(@Value double value);\n"),
                onMember(
                    "abbreviated unit",
                    "JARVIS-M006",
                    "jarvis_api_latency_ms",
                    "@JarvisMetric(name = \"jarvis_api_latency_ms\", type = GAUGE, help = \"R\")\n  void latency(@Value double value);\n"),
                onMember(
                    "derived-series suffix",
                    "JARVIS-M007",
                    "jarvis_api_retry_count",
                    "@JarvisMetric(name = \"jarvis_api_retry_count\", type = GAUGE, help = \"R\")\n  void retries(@Value double value);\n"),
                onMember(
                    "type in the name",
                    "JARVIS-M011",
                    "jarvis_api_connections_gauge",
                    "@JarvisMetric(name = \"jarvis_api_connections_gauge\", type = GAUGE, help = \"R\")\n  void connections(@Value double value);\n"),
                onMember(
                    "empty label name",
                    "JARVIS-L001",
                    "@Label(\"\")",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(@Label(\"\") String route);\n"),
                onMember(
                    "camelCase label name",
                    "JARVIS-L001",
                    "@Label(\"statusCode\")",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(@Label(\"statusCode\") int status);\n"),
                onMember(
                    "non-ASCII label name",
                    "JARVIS-L001",
                    "@Label(\"st\u00e4tus\")",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(@Label(\"st\u00e4tus\") int status);\n"),
                onMember(
                    "label name with an escape",
                    "JARVIS-L001",
                    "@Label(\"sta\\ttus\")",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(@Label(\"sta\\ttus\") int status);\n"),
                onMember(
                    "reserved label le",
                    "JARVIS-L002",
                    "@Label(\"le\")",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(@Label(\"le\") String bucket);\n"),
                onMember(
                    "reserved double-underscore label",
                    "JARVIS-L002",
                    "@Label(\"__name__\")",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(@Label(\"__name__\") String name);\n"),
                onMember(
                    "eleven labels",
                    "JARVIS-L003",
                    "int a1",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(\n      int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, int a10, int a11);\n"),
                onMember(
                    "label of type long",
                    "JARVIS-L004",
                    "long bytes",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(long bytes);\n"),
                onMember(
                    "the same label twice",
                    "JARVIS-L005",
                    "@Label(\"endpoint\") String route",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(String endpoint, @Label(\"endpoint\") String route);\n"),
                onMember(
                    "identifier label",
                    "JARVIS-P001",
                    "String userId",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(String userId);\n"),
                onMember(
                    "address label",
                    "JARVIS-P002",
                    "String clientIp",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(String clientIp);\n"),
                onMember(
                    "contact label",
                    "JARVIS-P003",
                    "String email",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(String email);\n"),
                onMember(
                    "free-text label",
                    "JARVIS-P004",
                    "String message",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(String message);\n"),
                onMember(
                    "empty enum label value",
                    "JARVIS-L007",
                    "void requestCompleted(Route route)",
                    "enum Route { @LabelValue(\"\") HOME, OTHER }\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(Route route);\n"),
                onMember(
                    "duplicate enum label values",
                    "JARVIS-L007",
                    "void requestCompleted(Route route)",
                    "enum Route { @LabelValue(\"x\") HOME, @LabelValue(\"x\") OTHER }\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(Route route);\n"),
                onMember(
                    "enum label values in many scripts",
                    null,
                    null,
                    "enum Route { @LabelValue(\"\u30db\u30fc\u30e0\") HOME, @LabelValue(\"\ud83d\ude80\") LAUNCH }\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(Route route);\n"),
                onMember(
                    "enum label value with quote, backslash and line break",
                    null,
                    null,
                    "enum Route { @LabelValue(\"a\\\"b\\\\c\\nd\") HOME, OTHER }\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(Route route);\n"),
                onMember(
                    "enum without constants",
                    "JARVIS-L007",
                    "Route route",
                    "enum Route {}\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(Route route);\n"),
                onMember(
                    "infinite bucket",
                    "JARVIS-B001",
                    "POSITIVE_INFINITY",
                    "@JarvisMetric(name = \"jarvis_api_latency_seconds\", type = HISTOGRAM, help = \"L\", buckets = {0.5, Double.POSITIVE_INFINITY})\n  void took(@Value double seconds);\n"),
                onMember(
                    "NaN bucket",
                    "JARVIS-B001",
                    "Double.NaN",
                    "@JarvisMetric(name = \"jarvis_api_latency_seconds\", type = HISTOGRAM, help = \"L\", buckets = {0.5, Double.NaN})\n  void took(@Value double seconds);\n"),
                onMember(
                    "decreasing buckets",
                    "JARVIS-B002",
                    "{100, 10, 1000}",
                    "@JarvisMetric(name = \"jarvis_api_latency_seconds\", type = HISTOGRAM, help = \"L\", buckets = {100, 10, 1000})\n  void took(@Value double seconds);\n"),
                onMember(
                    "zero bucket",
                    "JARVIS-B003",
                    "{0, 10}",
                    "@JarvisMetric(name = \"jarvis_api_latency_seconds\", type = HISTOGRAM, help = \"L\", buckets = {0, 10})\n  void took(@Value double seconds);\n"),
                onMember(
                    "smallest positive bucket",
                    null,
                    null,
                    "@JarvisMetric(name = \"jarvis_api_latency_seconds\", type = HISTOGRAM, help = \"L\", buckets = {Double.MIN_VALUE, Double.MAX_VALUE})\n  void took(@Value double seconds);\n"),
                onMember(
                    "2,000 buckets",
                    null,
                    null,
                    "@JarvisMetric(name = \"jarvis_api_latency_seconds\", type = HISTOGRAM, help = \"L\", buckets = {"
                        + IntStream.rangeClosed(1, 2000)
                            .mapToObj(Integer::toString)
                            .collect(Collectors.joining(", "))
                        + "})\n  void took(@Value double seconds);\n"),
                onMember(
                    "bytes histogram without buckets",
                    "JARVIS-B004",
                    "jarvis_api_response_size_bytes",
                    "@JarvisMetric(name = \"jarvis_api_response_size_bytes\", type = HISTOGRAM, help = \"S\")\n  void sent(@Value long bytes);\n"),
                onMember(
                    "bytes histogram with empty buckets",
                    "JARVIS-B004",
                    "buckets = {}",
                    "@JarvisMetric(name = \"jarvis_api_response_size_bytes\", type = HISTOGRAM, help = \"S\", buckets = {})\n  void sent(@Value long bytes);\n"),
                onMember(
                    "gauge with buckets",
                    "JARVIS-B005",
                    "jarvis_api_connections",
                    "@JarvisMetric(name = \"jarvis_api_connections\", type = GAUGE, help = \"C\", buckets = {1, 10})\n  void connections(@Value double value);\n"),
                onMember(
                    "histogram without value",
                    "JARVIS-S001",
                    "void took()",
                    "@JarvisMetric(name = \"jarvis_api_latency_seconds\", type = HISTOGRAM, help = \"L\")\n  void took();\n"),
                onMember(
                    "counter with a supplier",
                    "JARVIS-S002",
                    "DoubleSupplier tokens",
                    "@JarvisMetric(name = \"jarvis_api_tokens_total\", type = COUNTER, help = \"T\")\n  void tokens(@Value DoubleSupplier tokens);\n"),
                onMember(
                    "two values",
                    "JARVIS-S003",
                    "@Value long b",
                    "@JarvisMetric(name = \"jarvis_api_tokens_total\", type = COUNTER, help = \"T\")\n  void tokens(@Value long a, @Value long b);\n"),
                onMember(
                    "recording method returning int",
                    "JARVIS-S004",
                    "int requestCompleted()",
                    "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  int requestCompleted();\n"),
                onMember(
                    "empty SLO name",
                    "JARVIS-O001",
                    "name = \"\"",
                    "@Slo(name = \"\", objective = 0.999, window = \"30d\", errors = \"status_code=~\\\"5..\\\"\")\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "non-ASCII SLO name",
                    "JARVIS-O001",
                    "verf\u00fcgbarkeit",
                    "@Slo(name = \"api_verf\u00fcgbarkeit\", objective = 0.999, window = \"30d\", errors = \"status_code=~\\\"5..\\\"\")\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "objective of one",
                    "JARVIS-O002",
                    "objective = 1.0",
                    "@Slo(name = \"api_availability\", objective = 1.0, window = \"30d\", errors = \"status_code=~\\\"5..\\\"\")\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "NaN objective",
                    "JARVIS-O002",
                    "Double.NaN",
                    "@Slo(name = \"api_availability\", objective = Double.NaN, window = \"30d\", errors = \"status_code=~\\\"5..\\\"\")\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "empty SLO window",
                    "JARVIS-O003",
                    "window = \"\"",
                    "@Slo(name = \"api_availability\", objective = 0.999, window = \"\", errors = \"status_code=~\\\"5..\\\"\")\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "SLO window in words",
                    "JARVIS-O003",
                    "30 days",
                    "@Slo(name = \"api_availability\", objective = 0.999, window = \"30 days\", errors = \"status_code=~\\\"5..\\\"\")\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "SLO window beyond any number",
                    "JARVIS-O003",
                    "99999999999999999999999d",
                    "@Slo(name = \"api_availability\", objective = 0.999, window = \"99999999999999999999999d\", errors = \"status_code=~\\\"5..\\\"\")\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "empty error selector",
                    "JARVIS-O005",
                    "errors = \"\"",
                    "@Slo(name = \"api_availability\", objective = 0.999, window = \"30d\", errors = \"\")\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "error selector with an open string",
                    "JARVIS-O008",
                    "status_code=\\\"5",
                    "@Slo(name = \"api_availability\", objective = 0.999, window = \"30d\", errors = \"status_code=\\\"5\")\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "error selector with a non-ASCII label",
                    "JARVIS-O009",
                    "st\u00e4tus",
                    "@Slo(name = \"api_availability\", objective = 0.999, window = \"30d\", errors = \"st\u00e4tus=\\\"5\\\"\")\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "burn rate with zero factor",
                    "JARVIS-O013",
                    "factor = 0",
                    "@Slo(name = \"api_availability\", objective = 0.999, window = \"30d\", errors = \"status_code=~\\\"5..\\\"\", burnRates = @BurnRate(factor = 0, budget = 0.02, longWindow = \"1h\", shortWindow = \"5m\", severity = Severity.CRITICAL))\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Requests\")\n  void requestCompleted(int statusCode);\n"),
                onMember(
                    "SLO on an unannotated method",
                    "JARVIS-O016",
                    "@Slo(",
                    "@Slo(name = \"api_availability\", objective = 0.999, window = \"30d\", errors = \"status_code=~\\\"5..\\\"\")\n  void reset();\n"),
                inSource(
                    "empty alert expression",
                    "JARVIS-A005",
                    "@Alert(",
                    "ApiMetrics",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \"ApiDown\", expr = \"\", severity = Severity.CRITICAL, summary = \"Down\")\npublic interface ApiMetrics {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted(int statusCode);\n}\n"),
                inSource(
                    "unbalanced alert expression",
                    "JARVIS-A005",
                    "@Alert(",
                    "ApiMetrics",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \"ApiDown\", expr = \"rate(jarvis_api_requests_total[5m] > 1\", severity = Severity.CRITICAL, summary = \"Down\")\npublic interface ApiMetrics {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted(int statusCode);\n}\n"),
                inSource(
                    "alert expression nested 5,000 deep",
                    null,
                    null,
                    "ApiMetrics",
                    alertSource(
                        "ApiDeep",
                        "(".repeat(5000)
                            + "jarvis_api_requests_total"
                            + ")".repeat(5000)
                            + " > 1")),
                inSource(
                    "alert expression with an unknown non-ASCII metric",
                    "JARVIS-A006",
                    "@Alert(",
                    "ApiMetrics",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \"ApiDown\", expr = \"jarvis_\u00e4pi_requests_total > 1\", severity = Severity.CRITICAL, summary = \"Down\")\npublic interface ApiMetrics {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted(int statusCode);\n}\n"),
                inSource(
                    "alert expression with escapes in a string",
                    null,
                    null,
                    "ApiMetrics",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \"ApiErrors\", expr = \"rate(jarvis_api_requests_total{status_code=~\\\"5\\\\\\\\d\\\\\\\\d\\\"}[5m]) > 1\", severity = Severity.CRITICAL, summary = \"Errors\")\npublic interface ApiMetrics {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted(int statusCode);\n}\n"),
                inSource(
                    "empty alert name",
                    "JARVIS-A002",
                    "@Alert(",
                    "ApiMetrics",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \"\", expr = \"jarvis_api_requests_total > 1\", severity = Severity.CRITICAL, summary = \"Down\")\npublic interface ApiMetrics {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted(int statusCode);\n}\n"),
                inSource(
                    "empty summary",
                    "JARVIS-A011",
                    "@Alert(",
                    "ApiMetrics",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \"ApiDown\", expr = \"jarvis_api_requests_total > 1\", severity = Severity.CRITICAL, summary = \"\")\npublic interface ApiMetrics {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted(int statusCode);\n}\n"),
                inSource(
                    "empty for-duration",
                    "JARVIS-A010",
                    "@Alert(",
                    "ApiMetrics",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \"ApiDown\", expr = \"jarvis_api_requests_total > 1\", forDuration = \"\", severity = Severity.CRITICAL, summary = \"Down\")\npublic interface ApiMetrics {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted(int statusCode);\n}\n"),
                inSource(
                    "runbook that is not http",
                    "JARVIS-A012",
                    "@Alert(",
                    "ApiMetrics",
                    "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \"ApiDown\", expr = \"jarvis_api_requests_total > 1\", severity = Severity.CRITICAL, summary = \"Down\", runbookUrl = \"javascript:alert(1)\")\npublic interface ApiMetrics {\n  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER, help = \"R\")\n  void requestCompleted(int statusCode);\n}\n"),
                onMember(
                    "empty event type",
                    "JARVIS-E001",
                    "type = \"\"",
                    "@JarvisEvent(type = \"\", level = EventLevel.INFO)\n  void started();\n"),
                onMember(
                    "non-ASCII event type",
                    "JARVIS-E001",
                    "api.r\u00e9quest",
                    "@JarvisEvent(type = \"api.r\u00e9quest.start\", level = EventLevel.INFO)\n  void started();\n"),
                onMember(
                    "event field name with an escape",
                    "JARVIS-E004",
                    "@Field(\"a\\nb\")",
                    "@JarvisEvent(type = \"api.request.start\", level = EventLevel.INFO)\n  void started(@Field(\"a\\nb\") int count);\n"),
                onMember(
                    "truncation to zero",
                    "JARVIS-E008",
                    "maxLength = 0",
                    "@JarvisEvent(type = \"api.request.start\", level = EventLevel.INFO)\n  void started(@Truncated(maxLength = 0) String prompt);\n"),
                onMember(
                    "truncation to a negative length",
                    "JARVIS-E008",
                    "maxLength = -1",
                    "@JarvisEvent(type = \"api.request.start\", level = EventLevel.INFO)\n  void started(@Truncated(maxLength = -1) String prompt);\n"),
                onMember(
                    "event returning boolean",
                    "JARVIS-E009",
                    "boolean started()",
                    "@JarvisEvent(type = \"api.request.start\", level = EventLevel.INFO)\n  boolean started();\n"),
                onMember(
                    "event field of a list",
                    "JARVIS-E006",
                    "List<String> recipients",
                    "@JarvisEvent(type = \"api.request.start\", level = EventLevel.INFO)\n  void started(java.util.List<String> recipients);\n"),
                onMember(
                    "event message of 22,500 characters with escapes",
                    null,
                    null,
                    "@JarvisEvent(type = \"api.request.start\", level = EventLevel.INFO, message = \""
                        + "ok \\\"q\\\" \\\\ \\n \ud83d\ude80 ".repeat(1500)
                        + "\")\n  void started();\n"),
                onMember(
                    "unhashed identifier field",
                    "JARVIS-P005",
                    "String chatId",
                    "@JarvisEvent(type = \"api.request.start\", level = EventLevel.INFO)\n  void started(String chatId);\n")));
    cases.add(
        inSource(
            "alert expression of 56,000 characters",
            null,
            null,
            "ApiMetrics",
            alertSource(
                "ApiSum",
                String.join(" + ", Collections.nCopies(2000, "jarvis_api_requests_total"))
                    + " > 1")));
    cases.add(
        onMember(
            "error selector of 2,500 matchers",
            null,
            null,
            "@Slo(name = \"api_availability\", objective = 0.999, window = \"30d\", errors = \""
                + IntStream.range(0, 2500)
                    .mapToObj(i -> "status_code!=\\\"" + i + "\\\"")
                    .collect(Collectors.joining(", "))
                + "\")\n"
                + "  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER,"
                + " help = \"Requests\")\n"
                + "  void requestCompleted(int statusCode);\n"));
    cases.add(
        onMember(
            "label name of 1,000 characters",
            null,
            null,
            "@JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"R\")\n"
                + "  void requestCompleted(@Label(\""
                + "s".repeat(1000)
                + "\") int status);\n"));
    cases.add(
        onMember(
            "SLO name of 1,000 characters",
            null,
            null,
            "@Slo(name = \"api_"
                + "a".repeat(996)
                + "\", objective = 0.999, window = \"30d\", errors = \"status_code=~\\\"5..\\\"\")\n"
                + "  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER,"
                + " help = \"Requests\")\n"
                + "  void requestCompleted(int statusCode);\n"));
    cases.addAll(extendingCases());
    return cases;
  }

  private static String alertSource(String name, String expr) {
    return "package demo;\nimport dev.jarvis.telemetry.annotations.*;\n@Alert(name = \""
        + name
        + "\", expr = \""
        + expr
        + "\", severity = Severity.CRITICAL, summary = \"S\")\npublic interface ApiMetrics {\n"
        + "  @JarvisMetric(name = \"jarvis_api_requests_total\", type = MetricType.COUNTER,"
        + " help = \"R\")\n  void requestCompleted(int statusCode);\n}\n";
  }

  /**
   * Interfaces that extend an annotated one, {@code ApiMetrics} below: the recorder of the
   * extending interface implements the inherited methods too.
   */
  private static List<Case> extendingCases() {
    String base =
        "  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"R\")\n"
            + "  void requestCompleted();\n";
    return List.of(
        extending(
            "interface extending an annotated interface",
            null,
            null,
            base,
            "  @JarvisMetric(name = \"jarvis_api_errors_total\", type = COUNTER, help = \"E\")\n"
                + "  void requestFailed();\n"),
        extending(
            "extending interface redeclaring an inherited method without annotation",
            "JARVIS-G003",
            "void requestCompleted();",
            base,
            "  @JarvisMetric(name = \"jarvis_api_errors_total\", type = COUNTER, help = \"E\")\n"
                + "  void requestFailed();\n"
                + "  @Override\n"
                + "  void requestCompleted();\n"),
        extending(
            "extending interface reusing an inherited metric name",
            "JARVIS-M009",
            "help = \"Again\"",
            base,
            "  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"Again\")\n"
                + "  void requestRetried();\n"),
        extending(
            "extending interface inheriting an unannotated method",
            "JARVIS-G003",
            "public interface GatewayMetrics",
            base + "  void reset();\n",
            "  @JarvisMetric(name = \"jarvis_api_errors_total\", type = COUNTER, help = \"E\")\n"
                + "  void requestFailed();\n"),
        extendingWithErrorInBase(
            "extending interface inheriting a parameter of a missing type",
            "JARVIS-G006",
            "Missing route",
            "  @JarvisMetric(name = \"jarvis_api_requests_total\", type = COUNTER, help = \"R\")\n"
                + "  void requestCompleted(Missing route);\n",
            "  @JarvisMetric(name = \"jarvis_api_errors_total\", type = COUNTER, help = \"E\")\n"
                + "  void requestFailed();\n"),
        extending(
            "extending interface with a bad metric of its own",
            "JARVIS-M004",
            "jarvis_api_errors\"",
            base,
            "  @JarvisMetric(name = \"jarvis_api_errors\", type = COUNTER, help = \"E\")\n"
                + "  void requestFailed();\n"));
  }

  private static Case onMember(String name, String id, String line, String members) {
    return new Case(name, id, line, subsystem("ApiMetrics", "  " + members), List.of());
  }

  private static Case inSource(
      String name, String id, String line, String simpleName, String code) {
    return new Case(name, id, line, source(simpleName, code), List.of());
  }

  /**
   * {@code GatewayMetrics extends ApiMetrics}, compiled together, with the error expected in {@code
   * GatewayMetrics}.
   */
  private static Case extending(
      String name, String id, String line, String baseMembers, String members) {
    return new Case(
        name,
        id,
        line,
        subsystemExtending("GatewayMetrics", "ApiMetrics", members),
        List.of(subsystem("ApiMetrics", baseMembers)));
  }

  /** As {@link #extending}, with the error expected in {@code ApiMetrics}, where it is to fix. */
  private static Case extendingWithErrorInBase(
      String name, String id, String line, String baseMembers, String members) {
    return new Case(
        name,
        id,
        line,
        subsystem("ApiMetrics", baseMembers),
        List.of(subsystemExtending("GatewayMetrics", "ApiMetrics", members)));
  }
}
