package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jarvis.telemetry.processor.Compilations.compile;
import static dev.jarvis.telemetry.processor.Compilations.recorderOf;
import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated recorders are read in IDEs and stack traces like hand-written code, so their lines keep
 * to the 100 columns of the code around them: long label tables, registrations and recording chains
 * wrap.
 */
class RecorderLayoutTest {
  private static final int COLUMNS = 100;

  @Test
  void longTablesRegistrationsAndRecordingsWrapAtOneHundredColumns() throws IOException {
    Compilation compilation =
        compile(
            subsystem(
                "ClassifierMetrics",
                """
                  enum Category {
                    QUESTION, STATEMENT, REQUEST, GREETING, ACKNOWLEDGEMENT, EMOTIONAL, HIGH,
                    MEDIUM, LOW, FAMILY, FRIEND, WORK, ACQUAINTANCE, REPLY, SCHEDULE, CANCEL, NONE
                  }
                  enum ClassifierType { CATEGORY, MOBILIZATION, RELATIONSHIP, INTENT }

                  @JarvisMetric(
                      name = "jarvis_classifier_confidence_distribution_ratio",
                      type = HISTOGRAM,
                      help = "Classification confidence distribution of every classifier",
                      buckets = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0})
                  void confidence(ClassifierType classifier, Category category, @Value double ratio);

                  @JarvisMetric(
                      name = "jarvis_classifier_cache_hit_rate_of_the_last_minute_ratio",
                      type = GAUGE,
                      help = "Classification cache effectiveness")
                  void cacheHitRate(ClassifierType classifier, @Value DoubleSupplier rate);

                  @JarvisMetric(
                      name = "jarvis_classifier_model_load_duration_seconds",
                      type = HISTOGRAM,
                      help = "Classifier model load time")
                  void modelLoadTook(@Label("model_id") String modelIdentifier, @Value Duration took);
                """));
    assertThat(compilation).succeededWithoutWarnings();

    List<String> lines =
        compilation
            .generatedSourceFile(recorderOf("ClassifierMetrics"))
            .orElseThrow()
            .getCharContent(false)
            .toString()
            .lines()
            .toList();

    assertThat(lines.stream().filter(line -> line.length() > COLUMNS).toList()).isEmpty();
  }
}
