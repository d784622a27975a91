package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.AttributeModel;
import dev.jarvis.telemetry.processor.model.FieldKind;
import dev.jarvis.telemetry.processor.model.FieldModel;
import dev.jarvis.telemetry.processor.model.Privacy;
import dev.jarvis.telemetry.processor.model.SpanModel;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the attributes of a span against section 5.3: a key is namespaced under {@code jarvis.} or
 * one of the OpenTelemetry semantic-convention keys below, its value has a type a span takes, and
 * personal data carries the marker appendix 11.3 asks of an event field of the same meaning.
 */
final class SpanAttributeRules {

  /**
   * The semantic-convention keys the roadmap's spans use, in their current names: the roadmap's
   * {@code http.method} and {@code http.status_code} are {@code http.request.method} and {@code
   * http.response.status_code} since semantic conventions 1.21.
   */
  static final List<String> KNOWN_KEYS =
      List.of(
          "http.request.method",
          "http.route",
          "http.response.status_code",
          "http.request.body.size",
          "http.response.body.size",
          "url.scheme",
          "user_agent.original",
          "client.address",
          "server.port",
          "db.system.name",
          "db.operation.name",
          "db.collection.name",
          "gen_ai.request.model",
          "gen_ai.request.max_tokens",
          "gen_ai.request.temperature",
          "gen_ai.usage.output_tokens",
          "error.type",
          "peer.service");

  /** What the known keys carry that appendix 11.3 protects. */
  private static final Map<String, PersonalData> PERSONAL_KEYS =
      Map.of("client.address", PersonalData.ADDRESS, "user_agent.original", PersonalData.FREE_TEXT);

  private static final Pattern NAMESPACED = Pattern.compile("jarvis(\\.[a-z][a-z0-9_]*){2,}");

  void check(SpanModel span, Report report) {
    Set<String> keys = new HashSet<>();
    for (AttributeModel attribute : span.attributes()) {
      FieldModel field = attribute.field();
      if (!NAMESPACED.matcher(attribute.key()).matches() && !KNOWN_KEYS.contains(attribute.key())) {
        report.on(
            field.parameter(),
            attribute.annotation(),
            attribute.keyValue(),
            Diagnostic.UNKNOWN_ATTRIBUTE_KEY,
            attribute.key(),
            String.join(", ", KNOWN_KEYS));
      }
      if (!keys.add(attribute.key())) {
        report.on(
            field.parameter(),
            attribute.annotation(),
            attribute.keyValue(),
            Diagnostic.DUPLICATE_ATTRIBUTE_KEY,
            attribute.key(),
            span.method().getSimpleName());
      }
      boolean textMarker =
          field.privacy() == Privacy.ANONYMIZED || field.privacy() == Privacy.TRUNCATED;
      if (field.kind() == FieldKind.UNSUPPORTED
          || field.kind() == FieldKind.INSTANT
          || field.kind() == FieldKind.DURATION
          || (textMarker && field.kind() != FieldKind.STRING)) {
        report.on(
            field.parameter(),
            Diagnostic.UNSUPPORTED_ATTRIBUTE_TYPE,
            field.parameter().getSimpleName(),
            field.parameter().asType());
      }
      checkPrivacy(attribute, report);
    }
  }

  private static void checkPrivacy(AttributeModel attribute, Report report) {
    String key = attribute.key();
    PersonalData data =
        PERSONAL_KEYS.containsKey(key)
            ? PERSONAL_KEYS.get(key)
            : PersonalData.of(key.substring(key.lastIndexOf('.') + 1));
    Diagnostic eventRule = EventPrivacyRules.judge(data, attribute.field());
    if (eventRule == null) {
      return;
    }
    String what;
    String fix;
    switch (eventRule) {
      case UNHASHED_IDENTIFIER_FIELD:
        what = "identifies a person or a conversation";
        fix = "mark the parameter @Hashed";
        break;
      case RAW_ADDRESS_FIELD:
        what = "carries a client address";
        fix = "mark the parameter @Anonymized";
        break;
      case RAW_CONTACT_FIELD:
        what = "carries personal contact data";
        fix = "mark the parameter @Hashed";
        break;
      case PREHASHED_FIELD:
        what = "arrives already hashed, so the recorder cannot key the hash";
        fix = "pass the raw value under a key without _hash and mark it @Hashed";
        break;
      default:
        what = "is free text that may carry message content";
        fix = "mark the parameter @Truncated or @Hashed";
    }
    report.on(
        attribute.field().parameter(),
        attribute.annotation(),
        attribute.keyValue(),
        Diagnostic.PERSONAL_ATTRIBUTE,
        key,
        what,
        fix);
  }
}
