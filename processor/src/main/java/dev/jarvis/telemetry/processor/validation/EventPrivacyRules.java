package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.EventModel;
import dev.jarvis.telemetry.processor.model.FieldKind;
import dev.jarvis.telemetry.processor.model.FieldModel;
import dev.jarvis.telemetry.processor.model.Privacy;

/**
 * Makes an event field that looks like personal data carry the marker appendix 11.3 asks for:
 * identifiers and contact data {@code @Hashed}, client addresses {@code @Anonymized}, free text
 * {@code @Truncated} or {@code @Hashed}. A field that arrives already hashed is refused too, so
 * that hashing always uses the deployment key.
 */
final class EventPrivacyRules {

  void check(EventModel event, Report report) {
    for (FieldModel field : event.fields()) {
      Diagnostic finding = judge(field);
      if (finding != null) {
        report.on(field.parameter(), finding, field.name(), field.name());
      }
    }
  }

  private static Diagnostic judge(FieldModel field) {
    return judge(PersonalData.of(field.name()), field);
  }

  /**
   * The privacy rule a field breaks when its name suggests {@code data}, or null when it breaks
   * none. Span attributes are judged by the same rule.
   */
  static Diagnostic judge(PersonalData data, FieldModel field) {
    if (data == null) {
      return null;
    }
    Privacy privacy = field.privacy();
    switch (data) {
      case HASH:
        return Diagnostic.PREHASHED_FIELD;
      case IDENTIFIER:
        return privacy == Privacy.HASHED ? null : Diagnostic.UNHASHED_IDENTIFIER_FIELD;
      case CONTACT:
        return privacy == Privacy.HASHED ? null : Diagnostic.RAW_CONTACT_FIELD;
      case ADDRESS:
        return privacy == Privacy.ANONYMIZED || privacy == Privacy.HASHED
            ? null
            : Diagnostic.RAW_ADDRESS_FIELD;
      default:
        boolean text = field.kind() == FieldKind.STRING;
        return text && privacy == Privacy.NONE ? Diagnostic.RAW_FREE_TEXT_FIELD : null;
    }
  }
}
