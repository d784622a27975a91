package dev.jarvis.telemetry.processor.validation;

import dev.jarvis.telemetry.processor.model.LabelModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Keeps personal data out of metric labels, as appendix 11.3 asks: identifiers of people and
 * conversations (hashed or not), network addresses, contact data and free text. A label name is
 * judged by its words, so {@code message_type} passes while {@code message} and {@code
 * chat_id_hash} do not.
 */
final class PrivacyRules {
  private static final Set<String> PEOPLE_AND_CONVERSATIONS =
      Set.of(
          "user",
          "chat",
          "contact",
          "client",
          "customer",
          "person",
          "sender",
          "recipient",
          "account",
          "session",
          "conversation",
          "participant",
          "member",
          "owner",
          "handle",
          "username",
          "login");
  private static final Set<String> IDENTIFIER_WORDS =
      Set.of("id", "ids", "uuid", "guid", "key", "name", "hash", "token");
  private static final Set<String> ADDRESS_WORDS = Set.of("ip", "ipv4", "ipv6", "addr", "address");
  private static final Set<String> CONTACT_WORDS =
      Set.of("email", "mail", "phone", "msisdn", "imsi", "imei");
  private static final Set<String> FREE_TEXT_WORDS =
      Set.of(
          "message",
          "content",
          "query",
          "text",
          "body",
          "prompt",
          "payload",
          "transcript",
          "utterance",
          "params",
          "agent",
          "url",
          "path");

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
    List<String> words = Arrays.asList(labelName.split("_"));
    String last = words.get(words.size() - 1);
    if (words.stream().anyMatch(CONTACT_WORDS::contains)) {
      return Diagnostic.CONTACT_LABEL;
    }
    if (words.stream().anyMatch(ADDRESS_WORDS::contains)) {
      return Diagnostic.ADDRESS_LABEL;
    }
    boolean aboutPeople = words.stream().anyMatch(PEOPLE_AND_CONVERSATIONS::contains);
    if (last.equals("hash") || (aboutPeople && IDENTIFIER_WORDS.contains(last))) {
      return Diagnostic.IDENTIFIER_LABEL;
    }
    if (words.size() == 1 && aboutPeople) {
      return Diagnostic.IDENTIFIER_LABEL;
    }
    if (FREE_TEXT_WORDS.contains(last)) {
      return Diagnostic.FREE_TEXT_LABEL;
    }
    return null;
  }
}
