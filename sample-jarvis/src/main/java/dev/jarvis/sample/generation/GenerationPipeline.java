package dev.jarvis.sample.generation;

import dev.jarvis.sample.classifier.Category;
import dev.jarvis.sample.classifier.MessageClassification;
import dev.jarvis.sample.classifier.MessageClassifier;
import dev.jarvis.sample.imessage.ChatInfo;
import dev.jarvis.sample.imessage.MessageStore;
import dev.jarvis.sample.model.FinishReason;
import dev.jarvis.sample.model.GeneratedText;
import dev.jarvis.sample.model.InferenceException;
import dev.jarvis.sample.model.ModelLoadException;
import dev.jarvis.sample.model.ModelRuntime;
import dev.jarvis.sample.model.TokenListener;
import dev.jarvis.sample.prefetch.PredictionType;
import dev.jarvis.sample.prefetch.PrefetchKey;
import dev.jarvis.sample.prefetch.Prefetcher;
import dev.jarvis.sample.scheduler.MessageScheduler;
import dev.jarvis.sample.scheduler.SendPriority;
import dev.jarvis.telemetry.annotations.Outcome;
import dev.jarvis.telemetry.runtime.trace.SpanScope;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes a reply to a message, the way JARVIS does: a canned reply when a template fits; otherwise
 * the message is classified, a draft the prefetcher prepared is served if there is one, and else
 * the model generates with the chat's context. A message that asks to send the reply later, or to
 * cancel such a send, is handed to the scheduler. The model is simulated: see {@link ModelRuntime}.
 */
public final class GenerationPipeline {
  private static final Duration SCHEDULED_REPLY_DELAY = Duration.ofSeconds(2);
  private static final int CONTEXT_MESSAGES = 20;

  private record Reply(
      String text, ReplySource source, String modelId, int tokens, FinishReason finishReason) {}

  private final GenerationMetrics metrics;
  private final GenerationEvents events;
  private final GenerationSpans spans;
  private final TemplateMatcher templates;
  private final MessageClassifier classifier;
  private final Prefetcher prefetcher;
  private final ChatContextLoader context;
  private final ModelRuntime model;
  private final MessageStore messages;
  private final MessageScheduler scheduler;

  public GenerationPipeline(
      GenerationMetrics metrics,
      GenerationEvents events,
      GenerationSpans spans,
      TemplateMatcher templates,
      MessageClassifier classifier,
      Prefetcher prefetcher,
      ChatContextLoader context,
      ModelRuntime model,
      MessageStore messages,
      MessageScheduler scheduler) {
    this.metrics = metrics;
    this.events = events;
    this.spans = spans;
    this.templates = templates;
    this.classifier = classifier;
    this.prefetcher = prefetcher;
    this.context = context;
    this.model = model;
    this.messages = messages;
    this.scheduler = scheduler;
    metrics.templateMatchRate(templates::matchRate);
  }

  /**
   * Replies to {@code request}, passing each token of the reply to {@code listener} until it asks
   * to stop. A reply the listener stopped is not acted on.
   */
  public GenerationResult generate(GenerationRequest request, TokenListener listener)
      throws UnknownChatException, GenerationFailedException {
    long start = System.nanoTime();
    String requestId = "req-" + UUID.randomUUID();
    try (SpanScope generation = spans.request(request.tokenLimit(), ModelRuntime.TEMPERATURE)) {
      try {
        ChatInfo chat = messages.chat(request.chatId()).orElseThrow(UnknownChatException::new);

        Optional<String> template;
        try (SpanScope match = spans.templateMatch()) {
          template = match.succeeded(templates.match(request.prompt()));
        }
        generation.span().setAttribute("jarvis.generation.used_template", template.isPresent());
        if (template.isPresent()) {
          Reply reply = streamed(template.get(), ReplySource.TEMPLATE, listener);
          metrics.generationTook(reply.modelId(), true, elapsedSince(start));
          return succeeded(generation, result(requestId, reply, Category.REPLY, null));
        }

        MessageClassification classification =
            classifier.classify(request.prompt(), chat.relationship());
        Reply reply = draftOrGenerate(requestId, request, chat, listener);
        Category intent = classification.intent().category();
        Long scheduledItemId =
            reply.finishReason() == FinishReason.CANCELLED
                ? null
                : actOnIntent(intent, classification.mobilization().category(), chat, reply.text());
        predictNextRequest(chat);
        metrics.generationTook(reply.modelId(), false, elapsedSince(start));
        generation
            .span()
            .setAttribute("jarvis.generation.tokens_generated", reply.tokens())
            .setAttribute(
                "jarvis.generation.finish_reason",
                reply.finishReason().name().toLowerCase(Locale.ROOT));
        return succeeded(generation, result(requestId, reply, intent, scheduledItemId));
      } catch (SQLException e) {
        throw failed(generation, "the chat database failed", e);
      } catch (ModelLoadException e) {
        throw failed(generation, "no model could be loaded", e);
      } catch (InferenceException e) {
        throw failed(generation, "the model failed", e);
      }
    }
  }

  // A generation that reached its reply: counted, and its span ends without error.
  private GenerationResult succeeded(SpanScope generation, GenerationResult result) {
    metrics.requestFinished(Outcome.SUCCESS);
    return generation.succeeded(result);
  }

  // A generation that failed: counted, recorded on its span, and told to the caller.
  private GenerationFailedException failed(SpanScope generation, String what, Exception cause) {
    metrics.requestFinished(Outcome.ERROR);
    generation.failed(cause);
    return new GenerationFailedException(what + ": " + cause.getMessage(), cause);
  }

  private Reply draftOrGenerate(
      String requestId, GenerationRequest request, ChatInfo chat, TokenListener listener)
      throws SQLException, ModelLoadException, InferenceException {
    Optional<String> draft = prefetcher.lookup(key(PredictionType.DRAFT_REPLY, chat));
    if (draft.isPresent()) {
      return streamed(draft.get(), ReplySource.PREFETCH, listener);
    }
    String prompt = promptWithContext(request.prompt(), chat);
    GeneratedText text = generateWithModel(requestId, prompt, request.tokenLimit(), listener);
    metrics.tokensGenerated(text.modelId(), text.finishReason(), text.tokens());
    if (text.seconds() > 0) {
      metrics.throughput(text.modelId(), text.tokens() / text.seconds());
    }
    return new Reply(
        text.text(), ReplySource.MODEL, text.modelId(), text.tokens(), text.finishReason());
  }

  private GeneratedText generateWithModel(
      String requestId, String prompt, int maxTokens, TokenListener listener)
      throws ModelLoadException, InferenceException {
    boolean loadedForRequest = !model.isLoaded();
    events.generationStarted(
        requestId,
        model.currentModelId(),
        maxTokens,
        ModelRuntime.TEMPERATURE,
        ModelRuntime.countTokens(prompt));
    long start = System.nanoTime();
    AtomicInteger tokenIndex = new AtomicInteger();
    TokenListener counted =
        token -> {
          events.tokenGenerated(requestId, tokenIndex.getAndIncrement(), token.length());
          return listener.onToken(token);
        };
    String modelId = model.currentModelId();
    try (SpanScope inference = spans.modelInference(modelId, modelId)) {
      try {
        GeneratedText text;
        try (SpanScope stream = spans.tokenStream()) {
          text = stream.succeeded(model.generate(prompt, maxTokens, counted));
        }
        events.generationCompleted(
            requestId, text.tokens(), elapsedSince(start), text.finishReason());
        inference.span().setAttribute("gen_ai.usage.output_tokens", text.tokens());
        return inference.succeeded(text);
      } catch (ModelLoadException | InferenceException e) {
        inference.failed(e);
        events.generationFailed(requestId, e.getMessage(), loadedForRequest);
        throw e;
      }
    }
  }

  // What the prefetcher has ready is taken from it; the rest is prepared now.
  private String promptWithContext(String message, ChatInfo chat) throws SQLException {
    try (SpanScope retrieval = spans.ragRetrieval()) {
      // The embedding stands for the query's, which the sample takes from the recent messages;
      // preparing it when it was not prefetched keeps its cost in the request.
      String history;
      try (SpanScope search = spans.vectorSearch(CONTEXT_MESSAGES)) {
        Optional<String> conversation = prefetcher.lookup(key(PredictionType.SEARCH_RESULTS, chat));
        history =
            search.succeeded(
                conversation.isPresent() ? conversation.get() : context.recentConversation(chat));
      }
      try (SpanScope embed = spans.embedQuery()) {
        if (prefetcher.lookup(key(PredictionType.EMBEDDING, chat)).isEmpty()) {
          context.embedding(history);
        }
        embed.succeeded();
      }
      String profile;
      // The sample keeps the recent messages in their order; the contact profile is what it
      // ranks them against.
      try (SpanScope rerank = spans.rerank()) {
        profile =
            rerank.succeeded(
                prefetcher
                    .lookup(key(PredictionType.CONTACT_PROFILE, chat))
                    .orElseGet(() -> context.contactProfile(chat)));
      }
      try (SpanScope build = spans.buildContext()) {
        String prompt = "Contact: " + profile + "\n" + history + "Message: " + message;
        return retrieval.succeeded(build.succeeded(prompt));
      }
    }
  }

  private Long actOnIntent(Category intent, Category mobilization, ChatInfo chat, String reply)
      throws SQLException {
    if (intent == Category.SCHEDULE) {
      return scheduler.schedule(chat, reply, SCHEDULED_REPLY_DELAY, priorityOf(mobilization));
    }
    if (intent == Category.CANCEL) {
      scheduler.cancelLatest(chat.chatId());
    }
    return null;
  }

  // A message that strongly calls for a reply makes its scheduled reply urgent.
  private static SendPriority priorityOf(Category mobilization) {
    return switch (mobilization) {
      case HIGH -> SendPriority.HIGH;
      case LOW -> SendPriority.LOW;
      default -> SendPriority.MEDIUM;
    };
  }

  private void predictNextRequest(ChatInfo chat) {
    prefetcher.predict(key(PredictionType.CONTACT_PROFILE, chat));
    prefetcher.predict(key(PredictionType.SEARCH_RESULTS, chat));
    prefetcher.predict(key(PredictionType.EMBEDDING, chat));
    prefetcher.predict(key(PredictionType.VEC_INDEX, chat));
    prefetcher.predict(key(PredictionType.DRAFT_REPLY, chat));
    if (!model.isLoaded()) {
      prefetcher.predict(new PrefetchKey(PredictionType.MODEL_WARM, model.currentModelId()));
    }
  }

  private static PrefetchKey key(PredictionType type, ChatInfo chat) {
    return new PrefetchKey(type, chat.guid());
  }

  // Replies not generated token by token are still streamed word by word.
  private Reply streamed(String text, ReplySource source, TokenListener listener) {
    try (SpanScope stream = spans.tokenStream()) {
      return stream.succeeded(streamWords(text, source, listener));
    }
  }

  private Reply streamWords(String text, ReplySource source, TokenListener listener) {
    String[] words = text.split(" ");
    StringBuilder sent = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String token = i == 0 ? words[i] : " " + words[i];
      sent.append(token);
      if (!listener.onToken(token) && i + 1 < words.length) {
        return new Reply(
            sent.toString(), source, model.currentModelId(), i + 1, FinishReason.CANCELLED);
      }
    }
    return new Reply(text, source, model.currentModelId(), words.length, FinishReason.STOP);
  }

  private static GenerationResult result(
      String requestId, Reply reply, Category intent, Long scheduledItemId) {
    return new GenerationResult(
        requestId,
        reply.text(),
        reply.source(),
        reply.modelId(),
        reply.tokens(),
        reply.finishReason(),
        intent,
        scheduledItemId);
  }

  private static Duration elapsedSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
