package dev.jarvis.sample.classifier;

import java.util.Optional;
import java.util.Set;

/**
 * Rules that recognise a message outright from its form: a question mark, a greeting, a scheduling
 * command. They cost microseconds, so the classifiers try them before the model.
 */
final class FastPathRules {
  static final double CONFIDENCE = 0.99;

  private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "morning", "yo");
  private static final Set<String> ACKNOWLEDGEMENTS =
      Set.of("ok", "okay", "thanks", "sure", "cool");
  private static final Set<String> SCHEDULING = Set.of("remind", "later", "tomorrow", "schedule");
  private static final Set<String> CANCELLING = Set.of("cancel", "nevermind");

  private FastPathRules() {}

  static Optional<Category> match(ClassifierType classifier, String[] words, String text) {
    if (words.length == 0) {
      return Optional.empty();
    }
    return switch (classifier) {
      case CATEGORY -> categoryByForm(words, text);
      case INTENT -> intentByKeyword(words);
      case MOBILIZATION, RELATIONSHIP -> Optional.empty();
    };
  }

  private static Optional<Category> categoryByForm(String[] words, String text) {
    if (text.endsWith("?")) {
      return Optional.of(Category.QUESTION);
    }
    if (GREETINGS.contains(words[0])) {
      return Optional.of(Category.GREETING);
    }
    if (ACKNOWLEDGEMENTS.contains(words[0])) {
      return Optional.of(Category.ACKNOWLEDGEMENT);
    }
    return Optional.empty();
  }

  private static Optional<Category> intentByKeyword(String[] words) {
    for (String word : words) {
      if (CANCELLING.contains(word)) {
        return Optional.of(Category.CANCEL);
      }
      if (SCHEDULING.contains(word)) {
        return Optional.of(Category.SCHEDULE);
      }
    }
    return Optional.empty();
  }
}
