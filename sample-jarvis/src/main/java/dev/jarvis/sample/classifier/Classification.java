package dev.jarvis.sample.classifier;

/**
 * One classifier's answer about a message.
 *
 * @param classifier the classifier that answered
 * @param category the answer
 * @param confidence how sure the deciding stage was, from 0 to 1
 * @param method the stage that decided
 */
public record Classification(
    ClassifierType classifier, Category category, double confidence, ClassificationMethod method) {}
