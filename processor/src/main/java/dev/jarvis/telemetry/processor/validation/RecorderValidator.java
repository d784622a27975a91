package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.RecorderModel;

/** Runs every rule on a subsystem interface and its metrics, reporting all findings at once. */
public final class RecorderValidator {
  private final InterfaceRules interfaceRules = new InterfaceRules();
  private final MetricNameRules nameRules;
  private final LabelRules labelRules = new LabelRules();
  private final PrivacyRules privacyRules = new PrivacyRules();
  private final BucketRules bucketRules = new BucketRules();
  private final ShapeRules shapeRules = new ShapeRules();
  private final DuplicateMetrics duplicates;

  public RecorderValidator(Conventions conventions, DuplicateMetrics duplicates) {
    this.nameRules = new MetricNameRules(conventions);
    this.duplicates = duplicates;
  }

  public void validate(RecorderModel recorder, Report report) {
    interfaceRules.check(recorder, report);
    for (MetricModel metric : recorder.metrics()) {
      nameRules.check(metric, report);
      if (metric.help().isBlank()) {
        report.on(
            metric.method(),
            metric.annotation(),
            metric.annotationValue("help"),
            Diagnostic.MISSING_HELP,
            metric.name());
      }
      labelRules.check(metric, report);
      privacyRules.check(metric, report);
      bucketRules.check(metric, report);
      shapeRules.check(metric, report);
      duplicates.check(metric, report);
    }
  }
}
