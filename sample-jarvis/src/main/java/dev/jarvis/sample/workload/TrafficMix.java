package dev.jarvis.sample.workload;

import java.util.List;
import java.util.Random;

/**
 * What the simulated user asks for: a mix of short messages a template answers, questions,
 * statements, and requests to schedule or cancel a reply. Most traffic goes to a few busy chats, as
 * a real user's does, so that prefetched results get used.
 */
final class TrafficMix {
  private static final List<String> PROMPTS =
      List.of(
          "hey",
          "thanks so much",
          "ok sounds good",
          "omw",
          "lol",
          "are you free for dinner tonight?",
          "did you get my email about the budget?",
          "what time is the game on sunday?",
          "I just landed, heading home now",
          "the package arrived today",
          "I can't make it to practice, something came up at work",
          "please send me the photos from the weekend",
          "remind me to wish her a happy birthday tomorrow",
          "reply later that I will call after work",
          "schedule a reply saying I am on my way",
          "cancel that reminder",
          "nevermind, cancel the message");
  private static final int BUSY_CHATS = 5;
  private static final int CHATS = 40;
  private static final double BUSY_SHARE = 0.7;

  private final Random random;

  TrafficMix(long seed) {
    this.random = new Random(seed);
  }

  String prompt() {
    return PROMPTS.get(random.nextInt(PROMPTS.size()));
  }

  /** The guid of one of the 40 chats of the synthetic database. */
  String chatId() {
    return random.nextDouble() < BUSY_SHARE
        ? "chat-" + (1 + random.nextInt(BUSY_CHATS))
        : quietChatId();
  }

  /** The guid of one of the chats outside the busy few. */
  String quietChatId() {
    return "chat-" + (1 + BUSY_CHATS + random.nextInt(CHATS - BUSY_CHATS));
  }

  int maxTokens() {
    return 16 + random.nextInt(49);
  }

  /** True with the given probability. */
  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }
}
