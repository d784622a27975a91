package dev.jarvis.sample.classifier;

import java.util.Locale;

/**
 * Rules that always answer: what the classifiers fall back to when the model is unsure or slow, and
 * all the relationship classifier needs, since the contact record says it.
 */
final class HeuristicRules {
  static final double FALLBACK_CONFIDENCE = 0.6;
  static final double CONTACT_RECORD_CONFIDENCE = 0.9;

  private static final int LONG_MESSAGE_CHARACTERS = 40;

  private HeuristicRules() {}

  static Category decide(ClassifierType classifier, String text, String relationship) {
    return switch (classifier) {
      case CATEGORY ->
          text.contains("please") || text.startsWith("can you")
              ? Category.REQUEST
              : Category.STATEMENT;
      case MOBILIZATION ->
          text.endsWith("?")
              ? Category.HIGH
              : text.length() > LONG_MESSAGE_CHARACTERS ? Category.MEDIUM : Category.LOW;
      case RELATIONSHIP -> relationshipOf(relationship);
      case INTENT -> Category.REPLY;
    };
  }

  private static Category relationshipOf(String relationship) {
    return switch (relationship.toLowerCase(Locale.ROOT)) {
      case "family" -> Category.FAMILY;
      case "friend" -> Category.FRIEND;
      case "work" -> Category.WORK;
      default -> Category.ACQUAINTANCE;
    };
  }
}
