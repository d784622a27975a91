package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.EventModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.RecorderModel;
import dev.jarvis.telemetry.processor.model.SloModel;

/**
 * Runs every rule on a subsystem interface, its metrics, their SLOs and its events, reporting all
 * findings at once.
 */
public final class RecorderValidator {
  private final InterfaceRules interfaceRules = new InterfaceRules();
  private final MetricNameRules nameRules;
  private final LabelRules labelRules = new LabelRules();
  private final PrivacyRules privacyRules = new PrivacyRules();
  private final BucketRules bucketRules = new BucketRules();
  private final ShapeRules shapeRules = new ShapeRules();
  private final SloRules sloRules = new SloRules();
  private final EventRules eventRules;
  private final EventPrivacyRules eventPrivacyRules = new EventPrivacyRules();
  private final SpanRules spanRules = new SpanRules();
  private final DuplicateNames metricNames = new DuplicateNames(Diagnostic.DUPLICATE_METRIC);
  private final DuplicateNames eventTypes = new DuplicateNames(Diagnostic.DUPLICATE_EVENT);
  private final DuplicateNames sloNames = new DuplicateNames(Diagnostic.DUPLICATE_SLO);

  /** One validator serves a whole compilation, so that duplicates across interfaces are seen. */
  public RecorderValidator(Conventions conventions) {
    this.nameRules = new MetricNameRules(conventions);
    this.eventRules = new EventRules(conventions);
  }

  /**
   * Whether a metric name, SLO name or event type of the recorder turned out to be declared
   * elsewhere too, possibly by an interface validated after this one.
   */
  public boolean hasDuplicates(RecorderModel recorder) {
    return recorder.metrics().stream()
            .anyMatch(
                metric ->
                    metricNames.isDuplicate(metric.name())
                        || metric.slos().stream().anyMatch(slo -> sloNames.isDuplicate(slo.name())))
        || recorder.events().stream().anyMatch(event -> eventTypes.isDuplicate(event.type()));
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
      sloRules.check(metric, report);
      metricNames.check(
          metric.name(),
          metric.method(),
          metric.annotation(),
          metric.annotationValue("name"),
          report);
      for (SloModel slo : metric.slos()) {
        sloNames.check(
            slo.name(), slo.method(), slo.annotation(), slo.annotationValue("name"), report);
      }
    }
    spanRules.check(recorder, report);
    for (EventModel event : recorder.events()) {
      eventRules.check(event, report);
      eventPrivacyRules.check(event, report);
      eventTypes.check(
          event.type(), event.method(), event.annotation(), event.annotationValue("type"), report);
    }
  }
}
