package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.errorMessages;
import static dev.jarvis.telemetry.processor.Compilations.recorderOf;
import static dev.jarvis.telemetry.processor.Compilations.source;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules for label names, label types and the number of series the labels of one metric can
 * make. Errors land on the parameter, or on its {@code @Label} value when the name comes from
 * there.
 */
class LabelRulesTest {

  @Test
  void labelNameNotInSnakeCaseIsRejectedOnTheLabelValue() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(
                  @Label("statusCode") int status);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-L001] label name 'statusCode' must be lower snake_case ([a-z][a-z0-9_]*):"
                + " write 'status_code'")
        .inFile(source)
        .onLineContaining("@Label(\"statusCode\")");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-L001");
  }

  @Test
  void parameterNameThatMakesNoSnakeCaseLabelIsRejectedOnTheParameter() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(
                  String _endpoint);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-L001] label name '_endpoint' must be lower snake_case ([a-z][a-z0-9_]*):"
                + " write 'endpoint'")
        .inFile(source)
        .onLineContaining("String _endpoint");
  }

  @Test
  void parameterNamesInCamelCaseBecomeSnakeCaseLabels() {
    Compilation compilation =
        compile(
            subsystem(
                "ApiMetrics",
                """
                  @JarvisMetric(
                      name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
                  void requestCompleted(int statusCode, String modelID, String httpMethod);
                """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile(recorderOf("ApiMetrics"))
        .contentsAsUtf8String()
        .contains("\"status_code\", \"model_id\", \"http_method\"");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"le", "quantile", "__name__", "__meta_instance"})
  void reservedLabelNameIsRejected(String labelName) {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(
                  @Label("%s") String bucket);
            """
                .formatted(labelName));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-L002] label name '"
                + labelName
                + "' is reserved by Prometheus (le, quantile and names starting with '__'):"
                + " choose another name with @Label")
        .inFile(source)
        .onLineContaining("@Label(\"" + labelName + "\")");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-L002");
  }

  @Test
  void eleventhLabelIsRejected() {
    String parameters =
        IntStream.rangeClosed(1, 11)
            .mapToObj(index -> "      String dimension" + index)
            .collect(Collectors.joining(",\n"));
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(
            %s);
            """
                .formatted(parameters));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-L003] metric 'jarvis_api_requests_total' has 11 labels; at most 10 keep a"
                + " metric readable and its series bounded: drop labels or split the metric")
        .inFile(source)
        .onLineContaining("String dimension11");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-L003");
  }

  @Test
  void tenLabelsAreAccepted() {
    String parameters =
        IntStream.rangeClosed(1, 10)
            .mapToObj(index -> "String dimension" + index)
            .collect(Collectors.joining(", "));

    Compilation compilation =
        compile(
            subsystem(
                "ApiMetrics",
                """
                  @JarvisMetric(
                      name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
                  void requestCompleted(%s);
                """
                    .formatted(parameters)));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "long | '; if it is the measured value, mark it @Value'",
        "double | '; if it is the measured value, mark it @Value'",
        "float | '; if it is the measured value, mark it @Value'",
        "java.time.Duration | '; if it is the measured value, mark it @Value'",
        "Integer | ''",
        "Object | ''",
        "char | ''",
      })
  void unsupportedLabelTypeIsRejectedOnTheParameter(String type, String hint) {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(
                  %s size);
            """
                .formatted(type));

    Compilation compilation = compile(source);

    String typeName = type.equals("Integer") || type.equals("Object") ? "java.lang." + type : type;
    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-L004] parameter 'size' of type "
                + typeName
                + " cannot be a label; labels are enums, booleans, int codes or Strings"
                + hint)
        .inFile(source)
        .onLineContaining(type + " size");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-L004");
    assertThat(errorMessages(compilation).get(0)).endsWith("Strings" + hint);
  }

  @Test
  void labelNamedTwiceIsRejectedOnTheSecond() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(
                  String endpoint,
                  @Label("endpoint") String route);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-L005] label 'endpoint' appears twice in metric 'jarvis_api_requests_total';"
                + " rename one of them with @Label")
        .inFile(source)
        .onLineContaining("@Label(\"endpoint\") String route");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-L005");
  }

  @Test
  void moreThanHundredEnumCombinationsWarnOnTheMethodAndStillGenerate() {
    JavaFileObject region =
        source("Region", "package demo; public enum Region { A, B, C, D, E, F, G, H, I, J, K }");
    JavaFileObject zone =
        source("Zone", "package demo; public enum Zone { A, B, C, D, E, F, G, H, I, J }");
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(Region region, Zone zone, int statusCode);
            """);

    Compilation compilation = compile(region, zone, source);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[JARVIS-L006] metric 'jarvis_api_requests_total' can have 110 label combinations"
                + " (region 11 x zone 10); more than 100 makes it costly to store and query:"
                + " split it or drop a label")
        .inFile(source)
        .onLineContaining("void requestCompleted(");
    assertThat(compilation).generatedSourceFile(recorderOf("ApiMetrics")).isNotNull();
  }

  @Test
  void hundredCombinationsDoNotWarn() {
    JavaFileObject zone =
        source("Zone", "package demo; public enum Zone { A, B, C, D, E, F, G, H, I, J }");
    JavaFileObject tier = source("Tier", "package demo; public enum Tier { L1, L2, L3, L4, L5 }");

    Compilation compilation =
        compile(
            zone,
            tier,
            subsystem(
                "ApiMetrics",
                """
                  @JarvisMetric(
                      name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
                  void requestCompleted(Zone zone, Tier tier, boolean streaming);
                """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@LabelValue(\"\") SUCCESS, FAILURE | constant SUCCESS has an empty @LabelValue",
        "@LabelValue(\"ok\") SUCCESS, @LabelValue(\"ok\") PARTIAL"
            + " | constant PARTIAL repeats the label value 'ok'",
        "@LabelValue(\"failure\") ERROR, FAILURE | constant FAILURE repeats the label value"
            + " 'failure'",
        "; | it has no constants",
      })
  void enumThatCannotSupplyLabelValuesIsRejectedOnTheParameter(String constants, String problem) {
    JavaFileObject outcome =
        source(
            "Outcome",
            """
            package demo;

            import dev.jarvis.telemetry.annotations.LabelValue;

            public enum Outcome { %s }
            """
                .formatted(constants));
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(
                  Outcome outcome);
            """);

    Compilation compilation = compile(outcome, source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-L007] enum demo.Outcome cannot supply the values of label 'outcome': "
                + problem)
        .inFile(source)
        .onLineContaining("Outcome outcome");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-L007");
  }
}
