package dev.jarvis.telemetry.processor.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Tells from a snake_case name what kind of personal data appendix 11.3 would expect it to carry. A
 * name is judged by its words, so {@code message_type} is no free text while {@code message} is,
 * and {@code request_id} is no personal identifier while {@code chat_id} is.
 */
enum PersonalData {
  /** An identifier of a person or a conversation, such as {@code user_id}. */
  IDENTIFIER,
  /** A value that already is a hash, such as {@code chat_id_hash}. */
  HASH,
  /** A network address, such as {@code client_ip}. */
  ADDRESS,
  /** Contact data, such as {@code email}. */
  CONTACT,
  /** Free text that may hold message content, such as {@code query}. */
  FREE_TEXT;

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
      Set.of("id", "ids", "uuid", "guid", "key", "name", "token");
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
          "path",
          "error",
          "trace");

  /** What the name suggests, or null when it suggests nothing personal. */
  static PersonalData of(String name) {
    List<String> words = Arrays.asList(name.split("_"));
    String last = words.get(words.size() - 1);
    if (last.equals("hash")) {
      return HASH;
    }
    if (words.stream().anyMatch(CONTACT_WORDS::contains)) {
      return CONTACT;
    }
    if (words.stream().anyMatch(ADDRESS_WORDS::contains)) {
      return ADDRESS;
    }
    boolean aboutPeople = words.stream().anyMatch(PEOPLE_AND_CONVERSATIONS::contains);
    if (aboutPeople && (words.size() == 1 || IDENTIFIER_WORDS.contains(last))) {
      return IDENTIFIER;
    }
    return FREE_TEXT_WORDS.contains(last) ? FREE_TEXT : null;
  }
}
