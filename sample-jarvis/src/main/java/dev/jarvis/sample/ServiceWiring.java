package dev.jarvis.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jarvis.sample.api.ApiEventsRecorder;
import dev.jarvis.sample.api.ApiJson;
import dev.jarvis.sample.api.ApiMetricsRecorder;
import dev.jarvis.sample.api.ApiRequestInstrumentation;
import dev.jarvis.sample.api.ApiServer;
import dev.jarvis.sample.api.ApiSpansRecorder;
import dev.jarvis.sample.api.ClientRateLimiter;
import dev.jarvis.sample.api.MetricsEndpoint;
import dev.jarvis.sample.api.ScrapeAuthorization;
import dev.jarvis.sample.classifier.ClassifierEventsRecorder;
import dev.jarvis.sample.classifier.ClassifierMetricsRecorder;
import dev.jarvis.sample.classifier.ClassifierSpansRecorder;
import dev.jarvis.sample.classifier.MessageClassifier;
import dev.jarvis.sample.db.ChatDatabase;
import dev.jarvis.sample.db.DatabaseEventsRecorder;
import dev.jarvis.sample.db.DatabaseMetricsRecorder;
import dev.jarvis.sample.db.DatabaseSpansRecorder;
import dev.jarvis.sample.generation.ChatContextLoader;
import dev.jarvis.sample.generation.GenerationEndpoint;
import dev.jarvis.sample.generation.GenerationEvents;
import dev.jarvis.sample.generation.GenerationEventsRecorder;
import dev.jarvis.sample.generation.GenerationMetricsRecorder;
import dev.jarvis.sample.generation.GenerationPipeline;
import dev.jarvis.sample.generation.GenerationSpansRecorder;
import dev.jarvis.sample.generation.TemplateMatcher;
import dev.jarvis.sample.health.HealthComponent;
import dev.jarvis.sample.health.HealthEndpoint;
import dev.jarvis.sample.health.HealthGauges;
import dev.jarvis.sample.health.HealthMetricsRecorder;
import dev.jarvis.sample.imessage.ImessageHealthCheck;
import dev.jarvis.sample.imessage.ImessageMetricsRecorder;
import dev.jarvis.sample.imessage.ImessageSpans;
import dev.jarvis.sample.imessage.ImessageSpansRecorder;
import dev.jarvis.sample.imessage.MessageSender;
import dev.jarvis.sample.imessage.MessageStore;
import dev.jarvis.sample.imessage.PermissionsHealthCheck;
import dev.jarvis.sample.model.Device;
import dev.jarvis.sample.model.MemoryBudget;
import dev.jarvis.sample.model.MetalMemoryGauges;
import dev.jarvis.sample.model.ModelEventsRecorder;
import dev.jarvis.sample.model.ModelHealthCheck;
import dev.jarvis.sample.model.ModelLifecycle;
import dev.jarvis.sample.model.ModelMetrics;
import dev.jarvis.sample.model.ModelMetricsRecorder;
import dev.jarvis.sample.model.ModelRuntime;
import dev.jarvis.sample.model.ModelSpec;
import dev.jarvis.sample.prefetch.PrefetchEventsRecorder;
import dev.jarvis.sample.prefetch.PrefetchMetricsRecorder;
import dev.jarvis.sample.prefetch.Prefetcher;
import dev.jarvis.sample.scheduler.MessageScheduler;
import dev.jarvis.sample.scheduler.SchedulerEventsRecorder;
import dev.jarvis.sample.scheduler.SchedulerMetricsRecorder;
import dev.jarvis.sample.system.MemoryHealthCheck;
import dev.jarvis.sample.system.SystemGauges;
import dev.jarvis.sample.system.SystemMetricsRecorder;
import dev.jarvis.sample.trace.DebugSpansEndpoint;
import dev.jarvis.sample.trace.DroppedSpans;
import dev.jarvis.sample.trace.RecentSpans;
import dev.jarvis.sample.trace.Tracing;
import dev.jarvis.sample.websocket.WebSocketEndpoint;
import dev.jarvis.sample.websocket.WebSocketEventsRecorder;
import dev.jarvis.sample.websocket.WebSocketMetricsRecorder;
import dev.jarvis.sample.workload.Workload;
import dev.jarvis.telemetry.runtime.JarvisTelemetry;
import dev.jarvis.telemetry.runtime.export.NetworkExposure;
import dev.jarvis.telemetry.runtime.health.HealthChecks;
import dev.jarvis.telemetry.runtime.metal.MetalMemory;
import dev.jarvis.telemetry.runtime.system.CpuUsage;
import dev.jarvis.telemetry.runtime.system.SystemStats;
import io.javalin.http.Handler;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the service from its subsystems and starts it: the one place that knows how they connect.
 * Each subsystem gets its generated metrics and events recorders, and everything else it uses,
 * through its constructor.
 */
public final class ServiceWiring {
  private static final Logger logger = LoggerFactory.getLogger(ServiceWiring.class);

  private static final long MODEL_MEMORY_BUDGET_BYTES = 1_500_000_000L;
  private static final Duration HEALTH_PUSH_INTERVAL = Duration.ofSeconds(1);
  // The first episode of memory pressure comes early, so that a short run sees the model unloaded,
  // a load that fails for memory, and a generation that fails with it.
  private static final Duration FIRST_MEMORY_PRESSURE = Duration.ofSeconds(6);
  private static final Duration MEMORY_PRESSURE_INTERVAL = Duration.ofSeconds(30);

  private ServiceWiring() {}

  /**
   * Starts the service; on failure, stops whatever had started.
   *
   * @throws IOException when the chat database file cannot be created
   * @throws SQLException when the chat database cannot be filled or read
   */
  public static RunningService start(ServiceOptions options) throws IOException, SQLException {
    RunningService service = new RunningService();
    try {
      wire(service, options);
      return service;
    } catch (IOException | SQLException | RuntimeException e) {
      service.close();
      throw e;
    }
  }

  private static void wire(RunningService service, ServiceOptions options)
      throws IOException, SQLException {
    // Checked before anything starts, so that a service that would expose its monitoring
    // endpoints to the network by accident does not start at all.
    NetworkExposure.requireProtected(
        options.host(), options.credentials().orElse(null), options.allowUnauthenticated());
    Clock clock = Clock.systemUTC();
    RecentSpans recentSpans = new RecentSpans();
    DroppedSpans droppedSpans = new DroppedSpans();
    OpenTelemetrySdk openTelemetry =
        service.own(Tracing.configure(recentSpans, droppedSpans, System::getenv));
    JarvisTelemetry telemetry =
        JarvisTelemetry.builder()
            .registry(new PrometheusRegistry())
            .openTelemetry(openTelemetry)
            .build();
    droppedSpans.register(telemetry.registry());
    ObjectMapper json = ApiJson.newObjectMapper();

    SystemStats stats = SystemStats.forThisPlatform();
    SystemGauges.register(new SystemMetricsRecorder(telemetry), stats, new CpuUsage(stats));

    ChatDatabase database =
        service.own(
            ChatDatabase.createTemporary(
                new DatabaseMetricsRecorder(telemetry),
                new DatabaseEventsRecorder(telemetry),
                new DatabaseSpansRecorder(telemetry),
                clock));
    service.storesChatsIn(database.file());
    ImessageSpans imessage = new ImessageSpansRecorder(telemetry);
    MessageStore messages = new MessageStore(database, new ImessageMetricsRecorder(telemetry));

    ModelMetrics modelMetrics = new ModelMetricsRecorder(telemetry);
    MemoryBudget memory = new MemoryBudget(MODEL_MEMORY_BUDGET_BYTES);
    ModelRuntime model =
        new ModelRuntime(
            modelMetrics,
            new ModelEventsRecorder(telemetry),
            Device.ofThisMachine(),
            memory,
            ModelSpec.QWEN_1_5B);
    MetalMemoryGauges.registerIfAvailable(modelMetrics, MetalMemory.forThisPlatform());
    ModelLifecycle lifecycle =
        new ModelLifecycle(model, memory, ModelSpec.QWEN_3B, ModelSpec.QWEN_1_5B);
    lifecycle.loadAtStart();

    MessageScheduler scheduler =
        service.own(
            new MessageScheduler(
                new SchedulerMetricsRecorder(telemetry),
                new SchedulerEventsRecorder(telemetry),
                database,
                messages,
                new MessageSender(imessage),
                clock));
    scheduler.start();

    ChatContextLoader context = new ChatContextLoader(messages, model);
    Prefetcher prefetcher =
        service.own(
            new Prefetcher(
                new PrefetchMetricsRecorder(telemetry),
                new PrefetchEventsRecorder(telemetry),
                context,
                stats,
                clock));
    prefetcher.start();

    GenerationEvents generationEvents = new GenerationEventsRecorder(telemetry);
    GenerationPipeline pipeline =
        new GenerationPipeline(
            new GenerationMetricsRecorder(telemetry),
            generationEvents,
            new GenerationSpansRecorder(telemetry),
            new TemplateMatcher(generationEvents),
            new MessageClassifier(
                new ClassifierMetricsRecorder(telemetry),
                new ClassifierEventsRecorder(telemetry),
                new ClassifierSpansRecorder(telemetry)),
            prefetcher,
            context,
            model,
            messages,
            scheduler);

    HealthChecks health = service.own(new HealthChecks());
    health.register(HealthComponent.IMESSAGE.labelValue(), new ImessageHealthCheck(messages));
    health.register(HealthComponent.MODEL.labelValue(), new ModelHealthCheck(model));
    health.register(
        HealthComponent.PERMISSIONS.labelValue(), new PermissionsHealthCheck(database.file()));
    health.register(HealthComponent.MEMORY.labelValue(), new MemoryHealthCheck(stats));
    HealthGauges.register(new HealthMetricsRecorder(telemetry), health);

    WebSocketEndpoint socket =
        service.own(
            new WebSocketEndpoint(
                new WebSocketMetricsRecorder(telemetry),
                new WebSocketEventsRecorder(telemetry),
                pipeline,
                json));

    ScheduledExecutorService timers =
        Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("timers"));
    service.own(() -> ExecutorShutdown.stopNow(timers, "timer"));
    every(
        timers,
        HEALTH_PUSH_INTERVAL,
        HEALTH_PUSH_INTERVAL,
        () -> socket.pushHealth(health.checkAll()));
    every(
        timers, FIRST_MEMORY_PRESSURE, MEMORY_PRESSURE_INTERVAL, lifecycle::relieveMemoryPressure);

    ApiServer server =
        service.own(
            new ApiServer(
                json,
                new ApiRequestInstrumentation(
                    new ApiMetricsRecorder(telemetry),
                    new ApiEventsRecorder(telemetry),
                    new ApiSpansRecorder(telemetry),
                    openTelemetry.getPropagators().getTextMapPropagator(),
                    new ClientRateLimiter()),
                new GenerationEndpoint(pipeline, json),
                monitoring(options, new HealthEndpoint(health)),
                monitoring(options, new MetricsEndpoint(telemetry.registry())),
                monitoring(options, new DebugSpansEndpoint(recentSpans)),
                socket));
    service.listeningOn(options.host(), server.start(options.host(), options.port()));

    if (options.workload()) {
      service.own(Workload.start(service.baseUri(), json, openTelemetry));
    }
  }

  // The monitoring endpoints, /debug/spans among them, ask for the credentials whenever some are
  // configured, on any address.
  private static Handler monitoring(ServiceOptions options, Handler endpoint) {
    return options
        .credentials()
        .<Handler>map(credentials -> new ScrapeAuthorization(credentials, endpoint))
        .orElse(endpoint);
  }

  // A failing round is logged, so that the timer keeps running it. The task ends with the executor.
  @SuppressWarnings("FutureReturnValueIgnored")
  private static void every(
      ScheduledExecutorService timers, Duration first, Duration period, Runnable task) {
    timers.scheduleAtFixedRate(
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            logger.warn("A periodic task failed", e);
          }
        },
        first.toMillis(),
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }
}
