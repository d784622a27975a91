package dev.jarvis.sample.classifier;

/** The questions the classifiers answer about an incoming message. */
public enum ClassifierType {
  /** What kind of message it is: a question, a greeting, ... */
  CATEGORY,
  /** How strongly it calls for a reply. */
  MOBILIZATION,
  /** How the user relates to the sender. */
  RELATIONSHIP,
  /** What the user wants JARVIS to do with it. */
  INTENT
}
