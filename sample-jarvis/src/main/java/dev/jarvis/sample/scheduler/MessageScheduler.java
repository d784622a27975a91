package dev.jarvis.sample.scheduler;

import dev.jarvis.sample.ExecutorShutdown;
import dev.jarvis.sample.NamedThreadFactory;
import dev.jarvis.sample.db.ChatDatabase;
import dev.jarvis.sample.db.TimedConnection;
import dev.jarvis.sample.imessage.ChatInfo;
import dev.jarvis.sample.imessage.MessageSender;
import dev.jarvis.sample.imessage.MessageStore;
import dev.jarvis.telemetry.annotations.Outcome;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends messages at the time the user asked for, the most urgent first among those due together.
 * Items are stored before they are acknowledged, so a restart finds them again: those overdue by
 * more than five minutes count as missed, those overdue by more than an hour expire unsent. A
 * failed send is retried three times with a doubling delay before the item fails.
 *
 * <p>A send runs in an exclusive database transaction that records the message in the chat; the
 * transaction spans the send, so reads of the chat database wait for it.
 */
public final class MessageScheduler implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(MessageScheduler.class);

  static final Duration MISSED_AFTER = Duration.ofMinutes(5);
  static final Duration EXPIRED_AFTER = Duration.ofHours(1);
  static final int MAX_RETRIES = 3;
  private static final Duration FIRST_RETRY_DELAY = Duration.ofMillis(250);
  private static final Duration TICK = Duration.ofMillis(200);
  private static final double MILLIS_PER_HOUR = 3_600_000.0;

  private final SchedulerMetrics metrics;
  private final SchedulerEvents events;
  private final ScheduledItemStore store;
  private final MessageStore messages;
  private final MessageSender sender;
  private final ChatDatabase database;
  private final Clock clock;
  private final ConcurrentMap<Long, ScheduledItem> waiting = new ConcurrentHashMap<>();
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("scheduler"));

  public MessageScheduler(
      SchedulerMetrics metrics,
      SchedulerEvents events,
      ChatDatabase database,
      MessageStore messages,
      MessageSender sender,
      Clock clock) {
    this.metrics = metrics;
    this.events = events;
    this.store = new ScheduledItemStore(database);
    this.messages = messages;
    this.sender = sender;
    this.database = database;
    this.clock = clock;
    metrics.pendingItems(waiting::size);
  }

  /** Takes up the items a previous run left and starts sending due items, until closed. */
  @SuppressWarnings("FutureReturnValueIgnored")
  public void start() throws SQLException {
    recoverStoredItems();
    executor.scheduleWithFixedDelay(this::sendDueItems, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Schedules {@code body} to be sent to {@code chat} after {@code delay}; returns the item id. */
  public long schedule(ChatInfo chat, String body, Duration delay, SendPriority priority)
      throws SQLException {
    long start = System.nanoTime();
    try {
      Instant sendAt = clock.instant().plus(delay);
      long id = store.insert(chat.chatId(), body, sendAt, priority);
      waiting.put(
          id, new ScheduledItem(id, chat.chatId(), chat.handle(), body, sendAt, priority, 0));
      metrics.itemTransitioned(SchedulerStatus.SCHEDULED);
      events.itemScheduled(id, chat.handle(), sendAt, priority);
      return id;
    } finally {
      metrics.operationTook(
          SchedulerOperation.SCHEDULE, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Cancels the chat's latest waiting item; false when it has none waiting. */
  public boolean cancelLatest(long chatId) throws SQLException {
    long start = System.nanoTime();
    try {
      Optional<ScheduledItem> latest =
          waiting.values().stream()
              .filter(item -> item.chatId() == chatId)
              .max(Comparator.comparingLong(ScheduledItem::id));
      if (latest.isEmpty() || !waiting.remove(latest.get().id(), latest.get())) {
        return false;
      }
      ScheduledItem item = latest.get();
      store.setStatus(item.id(), SchedulerStatus.CANCELLED, item.attempts());
      metrics.itemTransitioned(SchedulerStatus.CANCELLED);
      events.itemCancelled(item.id(), CancelReason.USER_REQUEST);
      return true;
    } finally {
      metrics.operationTook(SchedulerOperation.CANCEL, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  @Override
  public void close() {
    ExecutorShutdown.stopNow(executor, "scheduler");
  }

  @Override
  public String toString() {
    return "message scheduler";
  }

  private void recoverStoredItems() throws SQLException {
    Instant now = clock.instant();
    int missed = 0;
    for (ScheduledItem item : store.loadWaiting()) {
      Duration overdue = Duration.between(item.sendAt(), now);
      if (overdue.compareTo(MISSED_AFTER) > 0) {
        missed++;
      }
      if (overdue.compareTo(EXPIRED_AFTER) > 0) {
        store.setStatus(item.id(), SchedulerStatus.EXPIRED, item.attempts());
        metrics.scheduleMissed();
        metrics.itemTransitioned(SchedulerStatus.EXPIRED);
        events.itemExpired(item.id(), overdue.toMillis() / MILLIS_PER_HOUR);
      } else {
        waiting.put(item.id(), item);
      }
    }
    events.missedProcessed(missed);
  }

  // Runs on the scheduler's thread; a failure is logged so that the timer keeps running.
  private void sendDueItems() {
    try {
      Instant now = clock.instant();
      List<ScheduledItem> due =
          waiting.values().stream()
              .filter(item -> !item.sendAt().isAfter(now))
              .sorted(
                  Comparator.comparing(ScheduledItem::priority)
                      .thenComparing(ScheduledItem::sendAt))
              .toList();
      for (ScheduledItem item : due) {
        if (waiting.remove(item.id(), item)) {
          if (item.attempts() == 0
              && Duration.between(item.sendAt(), now).compareTo(MISSED_AFTER) > 0) {
            metrics.scheduleMissed();
            logger.warn("Item {} missed its time; sending it late", item.id());
          }
          attemptSend(item);
        }
      }
    } catch (RuntimeException e) {
      logger.error("Sending due items failed", e);
    }
  }

  private void attemptSend(ScheduledItem item) {
    metrics.itemTransitioned(SchedulerStatus.SENDING);
    events.sendStarted(item.id(), item.attempts() + 1, item.attempts());
    long start = System.nanoTime();
    Optional<String> failure;
    try {
      failure = database.inExclusiveTransaction(connection -> sendAndRecord(connection, item));
    } catch (SQLException e) {
      failure = Optional.of("recording the send failed: " + e.getMessage());
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    metrics.operationTook(SchedulerOperation.SEND, took);
    if (failure.isEmpty()) {
      metrics.itemTransitioned(SchedulerStatus.SENT);
      metrics.sendFinished(Outcome.SUCCESS);
      metrics.retriesUsed(item.attempts());
      events.sendCompleted(item.id(), took);
      return;
    }
    boolean finalFailure = item.attempts() >= MAX_RETRIES;
    events.itemFailed(item.id(), failure.get(), finalFailure);
    if (finalFailure) {
      markFailed(item);
      return;
    }
    Duration delay = FIRST_RETRY_DELAY.multipliedBy(1L << item.attempts());
    waiting.put(item.id(), item.failedAttempt(clock.instant().plus(delay)));
  }

  // Why the message was not delivered; empty once it is delivered and recorded.
  private Optional<String> sendAndRecord(TimedConnection connection, ScheduledItem item)
      throws SQLException {
    Optional<String> failure = sender.deliver(item.handle(), item.body()).failure();
    if (failure.isPresent()) {
      return failure;
    }
    messages.recordSent(connection, item.chatId(), item.body(), clock.instant());
    store.setStatus(connection, item.id(), SchedulerStatus.SENT, item.attempts() + 1);
    return Optional.empty();
  }

  private void markFailed(ScheduledItem item) {
    try {
      store.setStatus(item.id(), SchedulerStatus.FAILED, item.attempts() + 1);
    } catch (SQLException e) {
      logger.warn("Recording the failure of item {} failed: {}", item.id(), e.getMessage());
    }
    metrics.itemTransitioned(SchedulerStatus.FAILED);
    metrics.sendFinished(Outcome.ERROR);
    metrics.retriesUsed(item.attempts());
  }
}
