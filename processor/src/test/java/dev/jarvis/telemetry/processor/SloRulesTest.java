package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.errorIds;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code @Slo} and {@code @BurnRate}: each finding names its rule, lands on the value
 * to fix (on the second of two repeated {@code @Slo}s too) and says what to write.
 */
class SloRulesTest {

  private static final String AVAILABILITY =
      "@Slo(name = \"api_availability\", objective = 0.999, window = \"30d\","
          + " errors = \"status_code=~\\\"5..\\\"\")";

  @Test
  void theRoadmapsTwoExampleSlosCompileWithoutWarnings() {
    Compilation compilation =
        compile(
            onCounter(AVAILABILITY),
            onHistogram(
                "@Slo(name = \"generation_latency_p99\", objective = 0.99, window = \"1h\","
                    + " latencyThreshold = 3)"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void nameNotInSnakeCaseIsRejectedOnTheName() {
    JavaFileObject source =
        onCounter(
            """
            @Slo(
                name = "ApiAvailability",
                objective = 0.999,
                window = "30d",
                errors = "status_code=~\\"5..\\"")""");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O001] SLO name 'ApiAvailability' must be lower snake_case ([a-z][a-z0-9_]*),"
                + " as it becomes the slo label and the start of its alert names: write"
                + " 'api_availability'")
        .inFile(source)
        .onLineContaining("name = \"ApiAvailability\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O001");
  }

  @Test
  void percentageObjectiveIsRejectedWithItsFraction() {
    JavaFileObject source = onCounter(availabilityWith("objective = 0.999", "objective = 99.9"));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O002] objective 99.9 of SLO 'api_availability' must lie strictly between 0"
                + " and 1, the fraction of events that must be good: write 0.999")
        .inFile(source)
        .onLineContaining("objective = 99.9");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O002");
  }

  @Test
  void objectiveOfOneIsRejected() {
    Compilation compilation =
        compile(onCounter(availabilityWith("objective = 0.999", "objective = 1")));

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O002] objective 1 of SLO 'api_availability' must lie strictly between 0 and"
                + " 1, the fraction of events that must be good: write a fraction such as 0.999");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O002");
  }

  @Test
  void windowThatIsNotADurationIsRejectedOnTheWindow() {
    JavaFileObject source = onCounter(availabilityWith("window = \"30d\"", "window = \"30 days\""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O003] window '30 days' of SLO 'api_availability' is not a positive Prometheus"
                + " duration: write whole numbers with the units y, w, d, h, m, s or ms, largest"
                + " first, such as '30d' or '1h30m'")
        .inFile(source)
        .onLineContaining("window = \"30 days\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O003");
  }

  @Test
  void sloOnAGaugeIsRejectedOnTheSlo() {
    JavaFileObject source =
        subsystem(
            "ModelMetrics",
            """
              @JarvisMetric(name = "jarvis_model_memory_bytes", type = GAUGE, help = "Memory")
              @Slo(name = "memory", objective = 0.99, window = "5m", errors = "x=\\"y\\"")
              void memoryUsed(@Value double bytes);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O004] SLO 'memory' is on gauge 'jarvis_model_memory_bytes', which records no"
                + " good or bad events: put it on a counter (with errors = \"...\") or a histogram"
                + " (with latencyThreshold = ...), or watch the gauge with an @Alert")
        .inFile(source)
        .onLineContaining("@Slo(name = \"memory\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O004");
  }

  @Test
  void counterSloWithoutErrorsIsRejectedOnTheSlo() {
    JavaFileObject source =
        onCounter("@Slo(name = \"api_availability\", objective = 0.999, window = \"30d\")");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O005] SLO 'api_availability' on counter 'jarvis_api_requests_total' must say"
                + " which events are bad: set errors to the label matchers of the bad events, such"
                + " as errors = \"status_code=~\\\"5..\\\"\"")
        .inFile(source)
        .onLineContaining("@Slo(name = \"api_availability\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O005");
  }

  @Test
  void histogramSloWithoutThresholdIsRejectedWithTheBounds() {
    JavaFileObject source =
        onHistogram("@Slo(name = \"generation_latency\", objective = 0.99, window = \"1h\")");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O005] SLO 'generation_latency' on histogram"
                + " 'jarvis_generation_duration_seconds' must say which events are bad: set"
                + " latencyThreshold to one of its bucket bounds (0.5, 1, 3, 5, 10)")
        .inFile(source)
        .onLineContaining("@Slo(name = \"generation_latency\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O005");
  }

  @Test
  void thresholdOnACounterIsRejectedOnTheThreshold() {
    JavaFileObject source =
        onCounter(
            """
            @Slo(
                name = "api_availability",
                objective = 0.999,
                window = "30d",
                errors = "status_code=~\\"5..\\"",
                latencyThreshold = 0.5)""");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O006] SLO 'api_availability' sets latencyThreshold, which only histograms"
                + " take; counter 'jarvis_api_requests_total' tells bad events by its errors"
                + " selector: remove latencyThreshold")
        .inFile(source)
        .onLineContaining("latencyThreshold = 0.5");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O006");
  }

  @Test
  void errorsOnAHistogramAreRejectedOnTheErrors() {
    JavaFileObject source =
        onHistogram(
            """
            @Slo(
                name = "generation_latency",
                objective = 0.99,
                window = "1h",
                errors = "model_id=\\"x\\"",
                latencyThreshold = 3)""");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O006] SLO 'generation_latency' sets errors, which only counters take;"
                + " histogram 'jarvis_generation_duration_seconds' tells bad events by its latency"
                + " threshold: remove errors")
        .inFile(source)
        .onLineContaining("errors = \"model_id");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O006");
  }

  @Test
  void thresholdBetweenBucketBoundsIsRejectedWithTheNearestBound() {
    JavaFileObject source =
        onHistogram(
            """
            @Slo(
                name = "generation_latency",
                objective = 0.99,
                window = "1h",
                latencyThreshold = 2.8)""");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O007] latency threshold 2.8 of SLO 'generation_latency' is not a bucket bound"
                + " of 'jarvis_generation_duration_seconds' (0.5, 1, 3, 5, 10), and Prometheus only"
                + " counts events per bound: use 3, or add 2.8 to the buckets")
        .inFile(source)
        .onLineContaining("latencyThreshold = 2.8");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O007");
  }

  @Test
  void thresholdIsCheckedAgainstTheDefaultBuckets() {
    Compilation compilation =
        compile(
            subsystem(
                "ApiMetrics",
                """
                  @JarvisMetric(
                      name = "jarvis_api_request_duration_seconds",
                      type = HISTOGRAM,
                      help = "API latency")
                  @Slo(name = "api_latency", objective = 0.99, window = "30d", latencyThreshold = 3)
                  void requestTook(@Value Duration latency);
                """));

    assertThat(compilation)
        .hadErrorContaining(
            "(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10), and Prometheus only"
                + " counts events per bound: use 2.5, or add 3 to the buckets");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O007");
  }

  @Test
  void unreadableErrorSelectorIsRejectedWithTheReason() {
    JavaFileObject source =
        onCounter(availabilityWith("status_code=~\\\"5..\\\"", "status_code >= 500"));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O008] errors selector 'status_code >= 500' of SLO 'api_availability' cannot"
                + " be read: expected a label matcher such as status=\"ok\" at 'status_code'."
                + " Write label matchers as inside PromQL braces, joined by commas, such as"
                + " status_code=~\"5..\"")
        .inFile(source)
        .onLineContaining("status_code >= 500");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O008");
  }

  @Test
  void selectorLabelTheCounterLacksIsRejectedWithTheNearestLabel() {
    JavaFileObject source =
        onCounter(availabilityWith("status_code=~\\\"5..\\\"", "status=\\\"500\\\""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O009] SLO 'api_availability' picks its bad events by label 'status', which"
                + " counter 'jarvis_api_requests_total' does not carry (its labels: method,"
                + " status_code): select by one of its labels, such as 'status_code'")
        .inFile(source)
        .onLineContaining("errors = \"status=");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O009");
  }

  @Test
  void matcherThatAcceptsNoEnumValueIsRejected() {
    JavaFileObject source =
        onCounter(availabilityWith("status_code=~\\\"5..\\\"", "method=\\\"get\\\""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O010] matcher method=\"get\" of SLO 'api_availability' accepts none of the"
                + " values of label 'method' (GET, POST), so the SLO would never see a bad event:"
                + " match one of them")
        .inFile(source)
        .onLineContaining("errors = \"method=");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O010");
  }

  @Test
  void sloNameDeclaredTwiceIsRejectedOnBoth() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              @Slo(name = "api", objective = 0.999, window = "30d", errors = "code=\\"500\\"")
              void requestCompleted(int code);

              @JarvisMetric(name = "jarvis_api_rejected_total", type = COUNTER, help = "Rejected")
              @Slo(name = "api", objective = 0.99, window = "30d", errors = "code=\\"429\\"")
              void requestRejected(int code);
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O011] SLO 'api' is declared more than once in this compilation (also on"
                + " demo.ApiMetrics.requestRejected); its name keeps its rules and alerts apart:"
                + " rename one")
        .inFile(source)
        .onLineContaining("objective = 0.999");
    assertThat(compilation)
        .hadErrorContaining("(also on demo.ApiMetrics.requestCompleted)")
        .inFile(source)
        .onLineContaining("objective = 0.99,");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O011", "JARVIS-O011");
  }

  @Test
  void theRoadmapsSlowBurnRateIsRejectedWithTheArithmetic() {
    JavaFileObject source =
        onCounter(
            withBurnRates(
                """
                @BurnRate(
                    factor = 2,
                    budget = 0.05,
                    longWindow = "6h",
                    shortWindow = "30m",
                    severity = Severity.CRITICAL)"""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O012] burn rate 2x disagrees with its budget: spending 5% of a 30d error"
                + " budget in 6h is a burn rate of 0.05 × 720h / 6h = 6x; write factor = 6, or"
                + " budget = 0.0167 to keep 2x")
        .inFile(source)
        .onLineContaining("factor = 2,");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O012");
  }

  @Test
  void burnRateWithinOnePercentOfItsBudgetIsAccepted() {
    Compilation compilation =
        compile(
            onCounter(
                withBurnRates(
                    "@BurnRate(factor = 14.3, budget = 0.02, longWindow = \"1h\","
                        + " shortWindow = \"5m\", severity = Severity.CRITICAL),"
                        + " @BurnRate(factor = 0.333, budget = 0.1, longWindow = \"9d\","
                        + " shortWindow = \"18h\", severity = Severity.WARNING)")));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void burnRateNumbersOutOfRangeAreRejectedEach() {
    JavaFileObject source =
        onCounter(
            withBurnRates(
                """
                @BurnRate(
                    factor = 0,
                    budget = 5,
                    longWindow = "1h",
                    shortWindow = "5m",
                    severity = Severity.CRITICAL)"""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O013] factor = 0 of a burn-rate alert of SLO 'api_availability' is out of"
                + " range: the factor must be positive and the budget a fraction above 0 and at"
                + " most 1")
        .inFile(source)
        .onLineContaining("factor = 0,");
    assertThat(compilation)
        .hadErrorContaining("[JARVIS-O013] budget = 5 of a burn-rate alert")
        .inFile(source)
        .onLineContaining("budget = 5,");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O013", "JARVIS-O013");
  }

  @Test
  void shortWindowNotShorterThanTheLongOneIsRejectedWithATwelfth() {
    JavaFileObject source =
        onCounter(
            withBurnRates(
                """
                @BurnRate(
                    factor = 14.4,
                    budget = 0.02,
                    longWindow = "1h",
                    shortWindow = "2h",
                    severity = Severity.CRITICAL)"""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O014] burn-rate windows of SLO 'api_availability' must satisfy 1m <= short"
                + " window < long window, but they are 2h (short) and 1h (long); the short window"
                + " only confirms that the burn goes on, and the workbook makes it a twelfth of"
                + " the long one: write shortWindow = \"5m\"")
        .inFile(source)
        .onLineContaining("shortWindow = \"2h\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O014");
  }

  @Test
  void burnWindowThatIsNotADurationIsRejectedOnTheWindow() {
    JavaFileObject source =
        onCounter(
            withBurnRates(
                """
                @BurnRate(
                    factor = 14.4,
                    budget = 0.02,
                    longWindow = "1.5h",
                    shortWindow = "5m",
                    severity = Severity.CRITICAL)"""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-O003] longWindow '1.5h' of SLO 'api_availability'")
        .inFile(source)
        .onLineContaining("longWindow = \"1.5h\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O003");
  }

  @Test
  void twoBurnRatesOverTheSameWindowsAreRejectedOnTheSecond() {
    JavaFileObject source =
        onCounter(
            withBurnRates(
                """
                @BurnRate(factor = 14.4, budget = 0.02, longWindow = "1h", shortWindow = "5m",
                    severity = Severity.CRITICAL),
                @BurnRate(factor = 14.5, budget = 0.02, longWindow = "1h", shortWindow = "5m",
                    severity = Severity.WARNING)"""));

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O015] SLO 'api_availability' has two burn-rate alerts over 1h and 5m; an"
                + " alert is told apart by its windows: change or remove one")
        .inFile(source)
        .onLineContaining("@BurnRate(factor = 14.5");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O015");
  }

  @Test
  void sloOnAMethodWithoutMetricIsRejectedOnTheSlo() {
    JavaFileObject source =
        subsystem(
            "ApiMetrics",
            """
              @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
              void requestCompleted(int statusCode);

              @Slo(name = "api_reset", objective = 0.99, window = "30d", errors = "a=\\"b\\"")
              default void reset() {}
            """);

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O016] @Slo on reset measures the events of the @JarvisMetric on the same"
                + " method, and there is none: add @JarvisMetric or move the @Slo")
        .inFile(source)
        .onLineContaining("@Slo(name = \"api_reset\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O016");
  }

  @Test
  void defaultAlertThatCanNeverFireIsWarnedOfOnTheObjective() {
    JavaFileObject source = onCounter(availabilityWith("objective = 0.999", "objective = 0.9"));

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[JARVIS-O017] the 14.4x burn-rate alert of SLO 'api_availability' can never fire: at"
                + " objective 0.9 it waits for an error ratio above 1.44, and no ratio exceeds 1:"
                + " declare burnRates with factors below 10")
        .inFile(source)
        .onLineContaining("objective = 0.9");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void errorOnTheSecondOfTwoSlosLandsOnItsValue() {
    JavaFileObject source =
        onCounter(
            AVAILABILITY
                + """

                @Slo(
                    name = "api_availability_weekly",
                    objective = 0.999,
                    window = "7 days",
                    errors = "status_code=~\\"5..\\"")""");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[JARVIS-O003] window '7 days' of SLO 'api_availability_weekly'")
        .inFile(source)
        .onLineContaining("window = \"7 days\"");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O003");
  }

  @Test
  void errorInABurnRateOfARepeatedSloLandsOnItsValue() {
    JavaFileObject source =
        onCounter(
            AVAILABILITY
                + """

                @Slo(
                    name = "api_availability_weekly",
                    objective = 0.999,
                    window = "7d",
                    errors = "status_code=~\\"5..\\"",
                    burnRates = {
                      @BurnRate(
                          factor = 14.4,
                          budget = 0.02,
                          longWindow = "1h",
                          shortWindow = "5m",
                          severity = Severity.CRITICAL)
                    })""");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[JARVIS-O012] burn rate 14.4x disagrees with its budget: spending 2% of a 7d error"
                + " budget in 1h is a burn rate of 0.02 × 168h / 1h = 3.36x; write factor = 3.36,"
                + " or budget = 0.0857 to keep 14.4x")
        .inFile(source)
        .onLineContaining("factor = 14.4,");
    assertThat(errorIds(compilation)).containsExactly("JARVIS-O012");
  }

  /** The availability SLO with one part of it replaced. */
  private static String availabilityWith(String part, String replacement) {
    return AVAILABILITY.replace(part, replacement);
  }

  /** The availability SLO with burn-rate alerts, written one element per line. */
  private static String withBurnRates(String burnRates) {
    return """
        @Slo(
            name = "api_availability",
            objective = 0.999,
            window = "30d",
            errors = "status_code=~\\"5..\\"",
            burnRates = {
        %s
            })"""
        .formatted(burnRates);
  }

  /** An API counter labelled by method and status code, with the given SLO. */
  private static JavaFileObject onCounter(String slo) {
    return subsystem(
        "ApiMetrics",
        """
          enum Method {
            @LabelValue("GET") GET,
            @LabelValue("POST") POST
          }

          @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "API requests")
        %s
          void requestCompleted(Method method, int statusCode);
        """
            .formatted(slo));
  }

  /** A generation latency histogram with buckets 0.5 to 10 seconds, with the given SLO. */
  private static JavaFileObject onHistogram(String slo) {
    return subsystem(
        "GenerationMetrics",
        """
          @JarvisMetric(
              name = "jarvis_generation_duration_seconds",
              type = HISTOGRAM,
              help = "Generation latency",
              buckets = {0.5, 1, 3, 5, 10})
        %s
          void generationTook(String modelId, @Value Duration latency);
        """
            .formatted(slo));
  }
}
