package dev.jarvis.sample.generation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Answers messages that a canned reply fits, without the model, and keeps the share of recent
 * messages that matched for {@code jarvis_generation_template_match_rate}.
 */
public final class TemplateMatcher {
  private static final double MIN_SIMILARITY = 0.5;
  private static final int WINDOW = 200;

  private record Template(String name, Set<String> keywords, String reply) {}

  private static final List<Template> TEMPLATES =
      List.of(
          new Template(
              "greeting", Set.of("hi", "hello", "hey", "yo", "morning"), "Hey! What's up?"),
          new Template(
              "thanks", Set.of("thanks", "thank", "thx", "you", "so", "much"), "You're welcome!"),
          new Template(
              "agreement",
              Set.of("ok", "okay", "sure", "cool", "sounds", "good"),
              "Great, talk soon."),
          new Template(
              "on_my_way", Set.of("omw", "on", "my", "way", "coming"), "See you in a bit!"),
          new Template("laughter", Set.of("lol", "haha", "lmao"), "Haha, right?"));

  private final GenerationEvents events;
  private final boolean[] recentMatches = new boolean[WINDOW];
  private long recorded;

  public TemplateMatcher(GenerationEvents events) {
    this.events = events;
  }

  /** The canned reply for {@code message}, if most of its words are a template's keywords. */
  public Optional<String> match(String message) {
    String[] words =
        Arrays.stream(message.toLowerCase(Locale.ROOT).split("\\W+"))
            .filter(word -> !word.isEmpty())
            .toArray(String[]::new);
    Template best = null;
    double bestSimilarity = 0;
    for (Template template : TEMPLATES) {
      double similarity = similarity(words, template.keywords());
      if (similarity > bestSimilarity) {
        best = template;
        bestSimilarity = similarity;
      }
    }
    boolean matched = best != null && bestSimilarity >= MIN_SIMILARITY;
    remember(matched);
    if (!matched) {
      events.templateMissed(bestSimilarity, message);
      return Optional.empty();
    }
    events.templateMatched(best.name(), bestSimilarity, message);
    return Optional.of(best.reply());
  }

  /** The share of the last 200 messages that a template answered; NaN before the first. */
  public synchronized double matchRate() {
    int count = (int) Math.min(recorded, WINDOW);
    if (count == 0) {
      return Double.NaN;
    }
    int matched = 0;
    for (int i = 0; i < count; i++) {
      if (recentMatches[i]) {
        matched++;
      }
    }
    return matched / (double) count;
  }

  private synchronized void remember(boolean matched) {
    recentMatches[(int) (recorded % WINDOW)] = matched;
    recorded++;
  }

  private static double similarity(String[] words, Set<String> keywords) {
    if (words.length == 0) {
      return 0;
    }
    long known = Arrays.stream(words).filter(keywords::contains).count();
    return known / (double) words.length;
  }
}
