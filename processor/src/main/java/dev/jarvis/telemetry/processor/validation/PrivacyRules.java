package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.LabelModel;
import dev.jarvis.telemetry.processor.model.MetricModel;

/**
 * Keeps personal data out of metric labels, as appendix 11.3 asks: identifiers of people and
 * conversations (hashed or not), network addresses, contact data and free text. Unlike an event
 * field, a label cannot be made safe by hashing: every distinct value is a series of its own.
 */
final class PrivacyRules {

  void check(MetricModel metric, Report report) {
    for (LabelModel label : metric.labels()) {
      Diagnostic finding = judge(label.name());
      if (finding != null) {
        report.on(
            label.parameter(), label.nameAnnotation(), label.nameValue(), finding, label.name());
      }
    }
  }

  /** The privacy rule a label name breaks, or null when it breaks none. */
  static Diagnostic judge(String labelName) {
    PersonalData data = PersonalData.of(labelName);
    if (data == null) {
      return null;
    }
    switch (data) {
      case IDENTIFIER:
      case HASH:
        return Diagnostic.IDENTIFIER_LABEL;
      case ADDRESS:
        return Diagnostic.ADDRESS_LABEL;
      case CONTACT:
        return Diagnostic.CONTACT_LABEL;
      default:
        return Diagnostic.FREE_TEXT_LABEL;
    }
  }
}
