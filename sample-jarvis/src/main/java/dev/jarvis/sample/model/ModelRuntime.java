package dev.jarvis.sample.model;

import dev.jarvis.sample.SimulatedWork;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for the MLX runtime that loads no weights and runs no network. Loading waits as long
 * as reading the model's weights would and accounts their memory; generating waits per token at the
 * model's decoding speed and emits words of canned replies. What it records is what a real runtime
 * would: load status and time, memory by type, and KV cache use.
 *
 * <p>Generations run concurrently under a read lock; loading and unloading take the write lock, so
 * a model is never unloaded under a running generation.
 */
public final class ModelRuntime {
  private static final Logger logger = LoggerFactory.getLogger(ModelRuntime.class);

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
  private final Device device;
  private final long memoryBudgetBytes;
  private final ModelSpec onDemandModel;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final AtomicInteger activeGenerations = new AtomicInteger();
  private final AtomicLong cachedTokens = new AtomicLong();
  private volatile ModelSpec loaded;
  private volatile boolean lastLoadFailed;

  /**
   * @param device where models run
   * @param memoryBudgetBytes the memory a model with a full KV cache may take
   * @param onDemandModel the model a generation loads when none is loaded
   */
  public ModelRuntime(
      ModelMetrics metrics, Device device, long memoryBudgetBytes, ModelSpec onDemandModel) {
    this.metrics = metrics;
    this.device = device;
    this.memoryBudgetBytes = memoryBudgetBytes;
    this.onDemandModel = onDemandModel;
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
  public void unload(String reason) {
    lock.writeLock().lock();
    try {
      unloadLocked(reason);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Generates a reply to {@code prompt} of at most {@code maxTokens} tokens, loading the on-demand
   * model first when no model is loaded.
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
        logger.info("No model is loaded; loading {} on demand", onDemandModel.id());
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
    unloadLocked("replaced by " + model.id());
    logger.info(
        "Loading model {} on {}, {} MB requested",
        model.id(),
        device,
        model.requiredBytes() / 1_000_000);
    long start = System.nanoTime();
    if (model.requiredBytes() > memoryBudgetBytes) {
      lastLoadFailed = true;
      metrics.loadFailed(model.id());
      String reason =
          String.format(
              "%s needs %d MB with a full KV cache; the budget is %d MB",
              model.id(), model.requiredBytes() / 1_000_000, memoryBudgetBytes / 1_000_000);
      logger.error("Loading model failed: {}", reason);
      throw new ModelLoadException(reason);
    }
    SimulatedWork.takes(model.loadTime());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    loaded = model;
    lastLoadFailed = false;
    metrics.loadTook(model.id(), took);
    metrics.loadStatus(model.id(), device, 1);
    metrics.memoryUsed(model.id(), MemoryType.WEIGHTS, model.weightsBytes());
    publishWorkingMemory(model);
    logger.info("Loaded model {} in {} ms", model.id(), took.toMillis());
  }

  private void unloadLocked(String reason) {
    ModelSpec model = loaded;
    if (model == null) {
      return;
    }
    loaded = null;
    metrics.loadStatus(model.id(), device, 0);
    for (MemoryType type : MemoryType.values()) {
      metrics.memoryUsed(model.id(), type, 0);
    }
    metrics.kvCacheUtilization(model.id(), 0);
    logger.info(
        "Unloaded model {} ({}), {} MB freed",
        model.id(),
        reason,
        model.weightsBytes() / 1_000_000);
  }

  private GeneratedText decode(
      ModelSpec model, String prompt, int maxTokens, TokenListener listener)
      throws InferenceException {
    long start = System.nanoTime();
    String[] words = cannedReply(prompt).split(" ");
    int length = Math.min(words.length, maxTokens);
    long promptTokens = prompt.split("\\s+").length;
    Duration perToken = Duration.ofNanos((long) (1e9 / model.tokensPerSecond()));

    activeGenerations.incrementAndGet();
    cachedTokens.addAndGet(promptTokens);
    int generated = 0;
    try {
      StringBuilder text = new StringBuilder();
      for (; generated < length; generated++) {
        SimulatedWork.takes(perToken);
        if (ThreadLocalRandom.current().nextDouble() < INFERENCE_FAILURE_RATE) {
          throw new InferenceException("the Metal command buffer failed at token " + generated);
        }
        String token = (generated == 0 ? "" : " ") + words[generated];
        text.append(token);
        cachedTokens.incrementAndGet();
        publishWorkingMemory(model);
        listener.onToken(token);
      }
      FinishReason finish = length < words.length ? FinishReason.LENGTH : FinishReason.STOP;
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
    metrics.memoryUsed(model.id(), MemoryType.KV_CACHE, tokens * model.kvBytesPerToken());
    metrics.memoryUsed(
        model.id(),
        MemoryType.ACTIVATIONS,
        activeGenerations.get() * (double) ACTIVATION_BYTES_PER_GENERATION);
  }
}
