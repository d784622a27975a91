package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.EventModel;
import dev.jarvis.telemetry.processor.model.FieldKind;
import dev.jarvis.telemetry.processor.model.FieldModel;
import dev.jarvis.telemetry.processor.model.Privacy;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.type.TypeKind;

/**
 * Checks an event's type against section 4.3's {@code subsystem.noun[.verb]} form, and its fields:
 * snake_case names that stay unique after privacy suffixes, and types the encoder writes without
 * reflection.
 */
final class EventRules {
  private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

  private final Conventions conventions;

  EventRules(Conventions conventions) {
    this.conventions = conventions;
  }

  void check(EventModel event, Report report) {
    AnnotationValue typeValue = event.annotationValue("type");
    if (!EVENT_TYPE.matcher(event.type()).matches()) {
      report.on(
          event.method(),
          event.annotation(),
          typeValue,
          Diagnostic.EVENT_TYPE_FORMAT,
          event.type(),
          suggestedType(event.type()));
    } else if (!conventions.subsystems().contains(event.subsystem())) {
      report.on(
          event.method(),
          event.annotation(),
          typeValue,
          Diagnostic.EVENT_UNDECLARED_SUBSYSTEM,
          event.type(),
          event.subsystem(),
          String.join(", ", conventions.subsystems()));
    }
    if (event.method().getReturnType().getKind() != TypeKind.VOID) {
      report.on(
          event.method(),
          Diagnostic.EVENT_NOT_VOID,
          event.method().getSimpleName(),
          event.method().getReturnType());
    }
    Set<String> emitted = new HashSet<>();
    for (FieldModel field : event.fields()) {
      checkField(event, field, emitted, report);
    }
  }

  private static void checkField(
      EventModel event, FieldModel field, Set<String> emitted, Report report) {
    if (!MetricNameRules.SNAKE_CASE.matcher(field.name()).matches()) {
      report.on(
          field.parameter(),
          field.fieldAnnotation(),
          field.nameValue(),
          Diagnostic.FIELD_NOT_SNAKE_CASE,
          field.name(),
          MetricNameRules.toSnakeCase(field.name(), "field_name"));
    }
    boolean unique = emitted.add(field.emittedName());
    if (field.privacy() == Privacy.TRUNCATED) {
      unique &= emitted.add(field.lengthName());
    }
    if (!unique) {
      report.on(
          field.parameter(),
          field.fieldAnnotation(),
          field.nameValue(),
          Diagnostic.DUPLICATE_FIELD,
          field.emittedName(),
          event.type());
    }
    if (field.kind() == FieldKind.UNSUPPORTED) {
      report.on(
          field.parameter(),
          Diagnostic.UNSUPPORTED_FIELD_TYPE,
          field.parameter().getSimpleName(),
          field.parameter().asType());
    }
    boolean text = field.kind() == FieldKind.STRING;
    if ((field.privacy() == Privacy.ANONYMIZED || field.privacy() == Privacy.TRUNCATED) && !text) {
      report.on(
          field.parameter(),
          field.privacyAnnotation(),
          null,
          Diagnostic.MARKER_NEEDS_TEXT,
          field.privacy() == Privacy.ANONYMIZED ? "Anonymized" : "Truncated",
          field.parameter().getSimpleName(),
          field.parameter().asType());
    }
    if (field.privacy() == Privacy.TRUNCATED && field.maxLength() < 1) {
      report.on(
          field.parameter(),
          field.privacyAnnotation(),
          null,
          Diagnostic.BAD_TRUNCATION_LENGTH,
          field.maxLength(),
          field.name());
    }
  }

  private String suggestedType(String type) {
    String dotted =
        MetricNameRules.toSnakeCase(type.replace(".", "_dot_"), "subsystem_event")
            .replace("_dot_", ".");
    if (dotted.contains(".")) {
      return dotted;
    }
    // Without dots, the subsystem is most likely the first word: generation_failed.
    for (String subsystem : conventions.subsystems()) {
      if (dotted.startsWith(subsystem + "_")) {
        return subsystem + "." + dotted.substring(subsystem.length() + 1);
      }
    }
    return "subsystem." + dotted;
  }
}
