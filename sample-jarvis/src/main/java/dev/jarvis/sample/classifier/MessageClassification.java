package dev.jarvis.sample.classifier;

/** The answers of all four classifiers about one message. */
public record MessageClassification(
    Classification category,
    Classification mobilization,
    Classification relationship,
    Classification intent) {}
