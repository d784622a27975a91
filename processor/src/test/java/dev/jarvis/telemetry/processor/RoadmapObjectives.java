package dev.jarvis.telemetry.processor;

import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The roadmap's SLOs (section 6.1) and alerts (section 7) declared on interfaces that carry the
 * metrics they need, as a service would declare them. Memory Usage, a gauge threshold, is the
 * MemoryCritical alert rather than an SLO; the p50 objective, whose budget of half the events makes
 * the workbook's factors meaningless, declares a burn rate of its own.
 */
final class RoadmapObjectives {

  /** The subsystems of appendix 11.1 and {@code process}. */
  static final List<String> OPTIONS =
      List.of(
          "-Ajarvis.subsystems=api,model,generation,prefetch,scheduler,websocket,classifier,db,"
              + "health,process");

  static final JavaFileObject API =
      subsystem(
          """
          @Alert(
              name = "HighErrorRate",
              expr = \"""
                  (
                    sum(rate(jarvis_api_requests_total{status_code=~"5.."}[5m]))
                    /
                    sum(rate(jarvis_api_requests_total[5m]))
                  ) > 0.01\""",
              forDuration = "2m",
              severity = Severity.CRITICAL,
              summary = "High error rate detected")
          @Alert(
              name = "HighLatencyP99",
              expr = \"""
                  histogram_quantile(0.99,
                    rate(jarvis_api_request_duration_seconds_bucket[5m])
                  ) > 0.5\""",
              forDuration = "5m",
              severity = Severity.WARNING,
              summary = "API p99 latency elevated")
          """,
          "ApiMetrics",
          """
            enum HttpMethod {
              @LabelValue("GET") GET,
              @LabelValue("POST") POST
            }

            enum Endpoint { GENERATE, HEALTH }

            @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "API requests")
            @Slo(
                name = "api_availability",
                objective = 0.999,
                window = "30d",
                errors = "status_code=~\\"5..\\"")
            void requestCompleted(HttpMethod method, Endpoint endpoint, int statusCode);

            @JarvisMetric(
                name = "jarvis_api_request_duration_seconds",
                type = HISTOGRAM,
                help = "API request latency")
            void requestTook(HttpMethod method, Endpoint endpoint, @Value Duration duration);
          """);

  static final JavaFileObject GENERATION =
      subsystem(
          """
          @Alert(
              name = "LowTemplateMatchRate",
              expr = "jarvis_generation_template_match_rate < 0.3",
              forDuration = "15m",
              severity = Severity.WARNING,
              summary = "Template match rate below expected")
          @Alert(
              name = "GenerationFallbackToTemplate",
              expr = \"""
                  increase(jarvis_generation_duration_seconds_count{used_template="true"}[1h])
                    > 100\""",
              severity = Severity.INFO,
              summary = "Template fallback usage detected")
          """,
          "GenerationMetrics",
          """
            @JarvisMetric(
                name = "jarvis_generation_duration_seconds",
                type = HISTOGRAM,
                help = "End-to-end generation latency",
                buckets = {0.1, 0.25, 0.5, 0.8, 1, 2, 3, 5, 10, 30})
            @Slo(
                name = "generation_latency_p99",
                objective = 0.99,
                window = "1h",
                latencyThreshold = 3)
            @Slo(
                name = "generation_latency_p50",
                objective = 0.5,
                window = "1h",
                latencyThreshold = 0.8,
                burnRates = {
                  @BurnRate(
                      factor = 1.8,
                      budget = 0.36,
                      longWindow = "12m",
                      shortWindow = "1m",
                      severity = Severity.WARNING)
                })
            void generationTook(String modelId, boolean usedTemplate, @Value Duration duration);

            @JarvisMetric(
                name = "jarvis_generation_template_match_rate",
                type = GAUGE,
                help = "Template match ratio (0-1)")
            void templateMatchRate(@Value DoubleSupplier ratio);
          """);

  static final JavaFileObject CLASSIFIER =
      subsystem(
          "ClassifierMetrics",
          """
            enum Classifier { INTENT, CATEGORY }

            @JarvisMetric(
                name = "jarvis_classifier_inference_seconds",
                type = HISTOGRAM,
                help = "Classifier inference latency")
            @Slo(
                name = "classification_latency_p99",
                objective = 0.99,
                window = "1h",
                latencyThreshold = 0.1)
            void classified(Classifier classifier, @Value Duration latency);
          """);

  static final JavaFileObject MODEL =
      subsystem(
          """
          @Alert(
              name = "ModelLoadFailure",
              expr = "increase(jarvis_model_load_failed_total[5m]) > 3",
              forDuration = "1m",
              severity = Severity.CRITICAL,
              summary = "Model load failures detected")
          @Alert(
              name = "ModelUnloaded",
              expr = "jarvis_model_loaded == 0",
              severity = Severity.INFO,
              summary = "Model has been unloaded")
          """,
          "ModelMetrics",
          """
            enum LoadOutcome { SUCCESS, FAILURE }

            @JarvisMetric(name = "jarvis_model_loads_total", type = COUNTER, help = "Model loads")
            @Slo(
                name = "model_load_success",
                objective = 0.995,
                window = "7d",
                errors = "outcome=\\"failure\\"")
            void loaded(String modelId, LoadOutcome outcome);

            @JarvisMetric(
                name = "jarvis_model_load_failed_total",
                type = COUNTER,
                help = "Model loads that failed")
            void loadFailed(String modelId);

            @JarvisMetric(name = "jarvis_model_loaded", type = GAUGE, help = "1 loaded, 0 not")
            void loadStatus(String modelId, @Value double loaded);
          """);

  static final JavaFileObject SCHEDULER =
      subsystem(
          """
          @Alert(
              name = "SchedulerSendFailure",
              expr = "increase(jarvis_scheduler_items_total{status=\\"failed\\"}[5m]) > 5",
              forDuration = "2m",
              severity = Severity.CRITICAL,
              summary = "Multiple scheduled sends failed")
          """,
          "SchedulerMetrics",
          """
            enum ItemStatus { SENT, FAILED, RETRIED }

            @JarvisMetric(name = "jarvis_scheduler_items_total", type = COUNTER, help = "Items")
            @Slo(
                name = "scheduled_send_success",
                objective = 0.999,
                window = "7d",
                errors = "status=\\"failed\\"")
            void itemProcessed(ItemStatus status);
          """);

  static final JavaFileObject WEBSOCKET =
      subsystem(
          """
          @Alert(
              name = "WebSocketConnectionSpike",
              expr = "jarvis_websocket_connections{status=\\"active\\"} > 80",
              forDuration = "5m",
              severity = Severity.WARNING,
              summary = "WebSocket connections near capacity")
          """,
          "WebsocketMetrics",
          """
            enum CloseReason { NORMAL, ERROR, TIMEOUT }

            enum ConnectionStatus { ACTIVE, IDLE }

            @JarvisMetric(
                name = "jarvis_websocket_connections_closed_total",
                type = COUNTER,
                help = "Closed connections by reason")
            @Slo(
                name = "websocket_connection_stability",
                objective = 0.995,
                window = "1d",
                errors = "reason=~\\"error|timeout\\"")
            void connectionClosed(CloseReason reason);

            @JarvisMetric(name = "jarvis_websocket_connections", type = GAUGE, help = "Connections")
            void connections(ConnectionStatus status, @Value double count);
          """);

  static final JavaFileObject OPERATIONS =
      subsystem(
          """
          @Alert(
              name = "MemoryCritical",
              expr = "jarvis_process_memory_bytes{type=\\"rss\\"} > 7e9",
              forDuration = "30s",
              severity = Severity.CRITICAL,
              summary = "Process memory critically high")
          @Alert(
              name = "PrefetchQueueBacklog",
              expr = "jarvis_prefetch_queue_size > 50",
              forDuration = "10m",
              severity = Severity.WARNING,
              summary = "Prefetch queue building up")
          @Alert(
              name = "DatabaseSlowQueries",
              expr = "increase(jarvis_db_slow_queries_total[5m]) > 10",
              forDuration = "5m",
              severity = Severity.WARNING,
              summary = "Slow database queries detected")
          @Alert(
              name = "iMessageAccessLost",
              expr = "jarvis_health_status{component=\\"imessage\\"} == 0",
              forDuration = "1m",
              severity = Severity.WARNING,
              summary = "iMessage database access lost")
          """,
          "OperationsMetrics",
          """
            enum MemoryType { RSS, VMS }

            @JarvisMetric(name = "jarvis_process_memory_bytes", type = GAUGE, help = "Memory")
            void processMemory(MemoryType type, @Value DoubleSupplier bytes);

            @JarvisMetric(name = "jarvis_prefetch_queue_size", type = GAUGE, help = "Queue depth")
            void prefetchQueue(@Value int size);

            @JarvisMetric(name = "jarvis_db_slow_queries_total", type = COUNTER, help = "Slow")
            void slowQuery();

            @JarvisMetric(name = "jarvis_health_status", type = GAUGE, help = "Health by component")
            void health(String component, @Value double status);
          """);

  /** Every interface above. */
  static final List<JavaFileObject> ALL =
      List.of(API, GENERATION, CLASSIFIER, MODEL, SCHEDULER, WEBSOCKET, OPERATIONS);

  private RoadmapObjectives() {}
}
