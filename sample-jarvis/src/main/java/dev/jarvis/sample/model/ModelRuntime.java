package dev.jarvis.sample.model;

import dev.jarvis.sample.SimulatedWork;
import dev.jarvis.telemetry.annotations.Outcome;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A stand-in for the MLX runtime that loads no weights and runs no network. Loading waits as long
 * as reading the model's weights would and accounts their memory; generating waits per token at the
 * model's decoding speed and emits words of canned replies. What it records is what a real runtime
 * would: load status and time, memory by type, KV cache use, and the load and unload events.
 *
 * <p>Generations run concurrently under a read lock; loading and unloading take the write lock, so
 * a model is never unloaded under a running generation.
 */
public final class ModelRuntime {
  /** The sampling temperature replies are generated with, JARVIS's default. */
  public static final double TEMPERATURE = 0.7;

  private static final long BYTES_PER_MB = 1_000_000;
  private static final long ACTIVATION_BYTES_PER_GENERATION = 64L << 20;
  private static final double INFERENCE_FAILURE_RATE = 0.005;
  private static final String[] REPLIES = {
    "Sounds good, I will be there around seven.",
    "Sorry, I am running a little late but on my way now.",
    "Yes, let us do Friday instead, same place as last time.",
    "Thanks for letting me know, I will take a look tonight.",
    "Can you send me the address again? I cannot find it.",
    "Happy to help, just tell me what you need and when."
  };

  private final ModelMetrics metrics;
  private final ModelEvents events;
  private final Device device;
  private final MemoryBudget budget;
  private final ModelSpec onDemandModel;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final AtomicInteger activeGenerations = new AtomicInteger();
  private final AtomicLong cachedTokens = new AtomicLong();
  private volatile ModelSpec loaded;
  private volatile boolean lastLoadFailed;

  /**
   * @param device where models run
   * @param budget the memory a model with a full KV cache may take
   * @param onDemandModel the model a generation loads when none is loaded
   */
  public ModelRuntime(
      ModelMetrics metrics,
      ModelEvents events,
      Device device,
      MemoryBudget budget,
      ModelSpec onDemandModel) {
    this.metrics = metrics;
    this.events = events;
    this.device = device;
    this.budget = budget;
    this.onDemandModel = onDemandModel;
  }

  /** How many tokens {@code text} is for the simulated tokenizer, which makes a token of a word. */
  public static int countTokens(String text) {
    return text.split("\\s+").length;
  }

  /** Loads {@code model}, unloading the model loaded before. */
  public void load(ModelSpec model) throws ModelLoadException {
    lock.writeLock().lock();
    try {
      loadLocked(model);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Unloads the loaded model, if any, once running generations finish. */
  public void unload(UnloadReason reason) {
    lock.writeLock().lock();
    try {
      unloadLocked(reason);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Generates a reply to {@code prompt} of at most {@code maxTokens} tokens, loading the on-demand
   * model first when no model is loaded. It stops early when {@code listener} asks it to.
   */
  public GeneratedText generate(String prompt, int maxTokens, TokenListener listener)
      throws ModelLoadException, InferenceException {
    while (true) {
      lock.readLock().lock();
      try {
        ModelSpec model = loaded;
        if (model != null) {
          return decode(model, prompt, maxTokens, listener);
        }
      } finally {
        lock.readLock().unlock();
      }
      loadOnDemand();
    }
  }

  /** The id of the model generations run on now: the loaded one, or the one they would load. */
  public String currentModelId() {
    ModelSpec model = loaded;
    return model != null ? model.id() : onDemandModel.id();
  }

  /** Whether a model is loaded. */
  public boolean isLoaded() {
    return loaded != null;
  }

  /** Whether the last attempt to load a model failed. */
  public boolean lastLoadFailed() {
    return lastLoadFailed;
  }

  /** The memory the loaded model takes now: weights, KV cache and activations. */
  public double residentBytes() {
    ModelSpec model = loaded;
    if (model == null) {
      return 0;
    }
    return model.weightsBytes()
        + Math.max(0, cachedTokens.get()) * model.kvBytesPerToken()
        + activeGenerations.get() * ACTIVATION_BYTES_PER_GENERATION;
  }

  private void loadOnDemand() throws ModelLoadException {
    lock.writeLock().lock();
    try {
      if (loaded == null) {
        loadLocked(onDemandModel);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void loadLocked(ModelSpec model) throws ModelLoadException {
    if (model.equals(loaded)) {
      return;
    }
    unloadLocked(UnloadReason.REPLACED);
    events.loadStarted(model.id(), device, model.requiredBytes() / BYTES_PER_MB);
    long start = System.nanoTime();
    long available = budget.availableBytes();
    if (model.requiredBytes() > available) {
      lastLoadFailed = true;
      metrics.loadFailed(model.id());
      metrics.loadFinished(model.id(), Outcome.ERROR);
      String reason =
          String.format(
              "%s needs %d MB with a full KV cache; %d MB are available",
              model.id(), model.requiredBytes() / BYTES_PER_MB, available / BYTES_PER_MB);
      events.loadFailed(model.id(), reason, available / BYTES_PER_MB);
      throw new ModelLoadException(reason);
    }
    SimulatedWork.takes(model.loadTime());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    loaded = model;
    lastLoadFailed = false;
    metrics.loadTook(model.id(), took);
    metrics.loadFinished(model.id(), Outcome.SUCCESS);
    metrics.loadStatus(model.id(), device, 1);
    metrics.memoryUsed(model.id(), MemoryType.WEIGHTS, (double) model.weightsBytes());
    publishWorkingMemory(model);
    events.loadCompleted(model.id(), took, model.weightsBytes() / BYTES_PER_MB);
  }

  private void unloadLocked(UnloadReason reason) {
    ModelSpec model = loaded;
    if (model == null) {
      return;
    }
    double freedBytes = residentBytes();
    loaded = null;
    metrics.loadStatus(model.id(), device, 0);
    for (MemoryType type : MemoryType.values()) {
      metrics.memoryUsed(model.id(), type, 0);
    }
    metrics.kvCacheUtilization(model.id(), 0);
    events.unloaded(model.id(), reason, (long) (freedBytes / BYTES_PER_MB));
  }

  private GeneratedText decode(
      ModelSpec model, String prompt, int maxTokens, TokenListener listener)
      throws InferenceException {
    long start = System.nanoTime();
    String[] words = cannedReply(prompt).split(" ");
    int length = Math.min(words.length, maxTokens);
    long promptTokens = countTokens(prompt);
    Duration perToken = Duration.ofNanos((long) (1e9 / model.tokensPerSecond()));

    activeGenerations.incrementAndGet();
    cachedTokens.addAndGet(promptTokens);
    int generated = 0;
    try {
      FinishReason finish = length < words.length ? FinishReason.LENGTH : FinishReason.STOP;
      StringBuilder text = new StringBuilder();
      while (generated < length) {
        SimulatedWork.takes(perToken);
        if (ThreadLocalRandom.current().nextDouble() < INFERENCE_FAILURE_RATE) {
          throw new InferenceException("the Metal command buffer failed at token " + generated);
        }
        String token = (generated == 0 ? "" : " ") + words[generated];
        text.append(token);
        generated++;
        cachedTokens.incrementAndGet();
        publishWorkingMemory(model);
        if (!listener.onToken(token) && generated < length) {
          finish = FinishReason.CANCELLED;
          break;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new GeneratedText(model.id(), text.toString(), generated, finish, seconds);
    } finally {
      activeGenerations.decrementAndGet();
      cachedTokens.addAndGet(-(promptTokens + generated));
      publishWorkingMemory(model);
    }
  }

  // One to three sentences, always the same for the same prompt.
  private static String cannedReply(String prompt) {
    int first = Math.floorMod(prompt.hashCode(), REPLIES.length);
    int sentences = 1 + Math.floorMod(prompt.hashCode() >>> 8, 3);
    StringBuilder reply = new StringBuilder(REPLIES[first]);
    for (int i = 1; i < sentences; i++) {
      reply.append(' ').append(REPLIES[(first + i) % REPLIES.length]);
    }
    return reply.toString();
  }

  private void publishWorkingMemory(ModelSpec model) {
    long tokens = Math.max(0, cachedTokens.get());
    metrics.kvCacheUtilization(model.id(), Math.min(1.0, tokens / (double) model.contextTokens()));
    metrics.memoryUsed(
        model.id(), MemoryType.KV_CACHE, (double) (tokens * model.kvBytesPerToken()));
    metrics.memoryUsed(
        model.id(),
        MemoryType.ACTIVATIONS,
        activeGenerations.get() * (double) ACTIVATION_BYTES_PER_GENERATION);
  }
}
