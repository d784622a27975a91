package dev.jarvis.sample.classifier;

import dev.jarvis.sample.SimulatedWork;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Stands in for the LightGBM classifiers, with no model behind it. Its answer and confidence follow
 * from the text, so a message always gets the same ones; its latency is a few milliseconds, now and
 * then far more, as a model sharing the machine with generation has.
 */
final class SimulatedClassifierModel {
  private static final double SLOW_CALL_RATE = 0.03;
  private static final Duration SLOW_CALL = Duration.ofMillis(25);
  // One call in 2000 fails: five times what the classifiers' 0.01% error objective allows, so that
  // the sample spends that budget visibly.
  private static final double FAILURE_RATE = 0.0005;
  private static final Map<ClassifierType, List<Category>> ANSWERS = answers();

  /** The model's answer and how sure it is. */
  record Prediction(Category category, double confidence) {}

  private SimulatedClassifierModel() {}

  /**
   * Answers as the on-device model would.
   *
   * @throws ClassifierModelException now and then, as a model runtime fails
   */
  static Prediction predict(ClassifierType classifier, String text)
      throws ClassifierModelException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    SimulatedWork.takes(
        random.nextDouble() < SLOW_CALL_RATE
            ? SLOW_CALL
            : Duration.ofMillis(1 + random.nextInt(5)));
    if (random.nextDouble() < FAILURE_RATE) {
      throw new ClassifierModelException("the " + classifier + " model returned no prediction");
    }
    List<Category> answers = ANSWERS.get(classifier);
    int hash = text.hashCode();
    Category category = answers.get(Math.floorMod(hash, answers.size()));
    double confidence = 0.30 + Math.floorMod(hash >>> 4, 70) / 100.0;
    return new Prediction(category, confidence);
  }

  // The relationship classifier uses no model. The intent model only tells replies from messages
  // needing none; commands to schedule or cancel are left to the fast path.
  private static Map<ClassifierType, List<Category>> answers() {
    Map<ClassifierType, List<Category>> answers = new EnumMap<>(ClassifierType.class);
    answers.put(
        ClassifierType.CATEGORY,
        List.of(Category.QUESTION, Category.STATEMENT, Category.REQUEST, Category.EMOTIONAL));
    answers.put(ClassifierType.MOBILIZATION, List.of(Category.HIGH, Category.MEDIUM, Category.LOW));
    answers.put(ClassifierType.INTENT, List.of(Category.REPLY, Category.NONE));
    return answers;
  }
}
