package dev.jarvis.telemetry.processor;

import static dev.jarvis.telemetry.processor.Compilations.subsystem;

import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The roadmap's seven dashboards of section 8, as it writes them and as corrected, each on an
 * interface of its own with no methods, over metric interfaces that declare section 3's metrics
 * under the names the sample gives them. Panel kinds Grafana has no plugin for are written with the
 * nearest {@code PanelType} (counter as STAT, pie as PIECHART, histogram as HEATMAP), since javac
 * itself rejects any other; the roadmap names no units, so the ones chosen here are the panels'
 * natural ones.
 */
final class RoadmapDashboards {

  /** The sample's subsystems: appendix 11.1 plus {@code process} and {@code system}. */
  static final List<String> OPTIONS =
      List.of(
          "-Ajarvis.subsystems=api,model,generation,prefetch,scheduler,websocket,classifier,db,"
              + "health,process,system");

  static final List<JavaFileObject> METRICS =
      List.of(
          subsystem(
              "ApiMetrics",
              """
                enum HttpMethod {
                  @LabelValue("GET") GET,
                  @LabelValue("POST") POST
                }

                enum Endpoint { GENERATE, CLASSIFY, HEALTH }

                @JarvisMetric(name = "jarvis_api_requests_total", type = COUNTER, help = "Requests")
                @Slo(
                    name = "api_availability",
                    objective = 0.999,
                    window = "30d",
                    errors = "status_code=~\\"5..\\"")
                void requestCompleted(HttpMethod method, Endpoint endpoint, int statusCode);

                @JarvisMetric(
                    name = "jarvis_api_request_duration_seconds",
                    type = HISTOGRAM,
                    help = "Request latency",
                    buckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10})
                void requestTook(HttpMethod method, Endpoint endpoint, @Value Duration duration);

                @JarvisMetric(
                    name = "jarvis_api_rate_limited_total",
                    type = COUNTER,
                    help = "Rate-limited requests")
                void rateLimited(Endpoint endpoint);
              """),
          subsystem(
              "ModelMetrics",
              """
                enum Device { MPS, CPU }

                enum MemoryType { WEIGHTS, KV_CACHE, ACTIVATIONS }

                @JarvisMetric(name = "jarvis_model_loaded", type = GAUGE, help = "1 loaded, 0 not")
                void loaded(String modelId, Device device, @Value double loaded);

                @JarvisMetric(name = "jarvis_model_memory_bytes", type = GAUGE, help = "Memory")
                void memory(String modelId, MemoryType memoryType, @Value long bytes);

                @JarvisMetric(
                    name = "jarvis_model_load_duration_seconds",
                    type = HISTOGRAM,
                    help = "Model load time")
                void loadTook(String modelId, @Value Duration duration);

                @JarvisMetric(
                    name = "jarvis_model_kv_cache_utilization_ratio",
                    type = GAUGE,
                    help = "KV cache utilization (0-1)")
                void kvCache(String modelId, @Value double ratio);

                @JarvisMetric(
                    name = "jarvis_model_metal_memory_bytes",
                    type = GAUGE,
                    help = "Apple Metal GPU memory")
                void metalMemory(@Value long bytes);
              """),
          subsystem(
              "GenerationMetrics",
              """
                enum FinishReason { STOP, LENGTH }

                @JarvisMetric(name = "jarvis_generation_tokens_total", type = COUNTER, help = "Tokens")
                void tokens(String modelId, FinishReason finishReason, @Value long count);

                @JarvisMetric(
                    name = "jarvis_generation_tokens_per_second",
                    type = GAUGE,
                    help = "Generation speed")
                void speed(String modelId, @Value double tokensPerSecond);

                @JarvisMetric(
                    name = "jarvis_generation_duration_seconds",
                    type = HISTOGRAM,
                    help = "End-to-end generation latency",
                    buckets = {0.1, 0.25, 0.5, 1, 2, 5, 10, 30})
                void generationTook(String modelId, boolean usedTemplate, @Value Duration duration);
              """),
          subsystem(
              "PrefetchMetrics",
              """
                enum PredictionType { CONTACT, CONVERSATION, TEMPLATE }

                enum PredictionResult { HIT, MISS }

                enum Tier { MEMORY, DISK }

                enum Resource { CPU, MEMORY, BATTERY }

                @JarvisMetric(
                    name = "jarvis_prefetch_predictions_total",
                    type = COUNTER,
                    help = "Predictions")
                void predicted(PredictionType predictionType, PredictionResult result);

                @JarvisMetric(name = "jarvis_prefetch_queue_size", type = GAUGE, help = "Queue")
                void queue(@Value int size);

                @JarvisMetric(
                    name = "jarvis_prefetch_latency_seconds",
                    type = HISTOGRAM,
                    help = "Prefetch latency")
                void prefetchTook(PredictionType predictionType, @Value Duration duration);

                @JarvisMetric(name = "jarvis_prefetch_cache_hit_rate", type = GAUGE, help = "Hits")
                void hitRate(Tier tier, @Value double ratio);

                @JarvisMetric(
                    name = "jarvis_prefetch_cost_saved_seconds_total",
                    type = COUNTER,
                    help = "Latency saved by prefetching")
                void costSaved(@Value Duration saved);

                @JarvisMetric(
                    name = "jarvis_prefetch_resource_blocked_total",
                    type = COUNTER,
                    help = "Prefetches blocked by a resource")
                void blocked(Resource resource);
              """),
          subsystem(
              "SchedulerMetrics",
              """
                enum ItemStatus { SCHEDULED, SENT, FAILED, CANCELLED }

                @JarvisMetric(name = "jarvis_scheduler_items_total", type = COUNTER, help = "Items")
                void item(ItemStatus status);

                @JarvisMetric(name = "jarvis_scheduler_pending_items", type = GAUGE, help = "Pending")
                void pending(@Value int items);

                @JarvisMetric(
                    name = "jarvis_scheduler_retries",
                    type = HISTOGRAM,
                    help = "Retries per item",
                    buckets = {1, 2, 3, 5, 10})
                void retried(@Value int retries);

                @JarvisMetric(
                    name = "jarvis_scheduler_missed_schedules_total",
                    type = COUNTER,
                    help = "Schedules missed")
                void missed();
              """),
          subsystem(
              "WebsocketMetrics",
              """
                enum ConnectionStatus { ACTIVE, HEALTH_SUBSCRIBERS }

                enum Direction { INBOUND, OUTBOUND }

                enum MessageType { GENERATE, HEALTH, ERROR }

                @JarvisMetric(name = "jarvis_websocket_connections", type = GAUGE, help = "Open")
                void connections(ConnectionStatus status, @Value int count);

                @JarvisMetric(
                    name = "jarvis_websocket_connection_duration_seconds",
                    type = HISTOGRAM,
                    help = "Connection lifetime")
                void connectionLasted(@Value Duration duration);

                @JarvisMetric(
                    name = "jarvis_websocket_messages_total",
                    type = COUNTER,
                    help = "Messages")
                void message(Direction direction, MessageType messageType);

                @JarvisMetric(
                    name = "jarvis_websocket_generation_latency_seconds",
                    type = HISTOGRAM,
                    help = "Generation latency over WebSocket")
                void generationTook(boolean streaming, @Value Duration duration);

                @JarvisMetric(
                    name = "jarvis_websocket_rate_limited_total",
                    type = COUNTER,
                    help = "Rate-limited messages")
                void rateLimited();
              """),
          subsystem(
              "SystemMetrics",
              """
                enum MemoryType { RSS, VMS }

                enum Component { API, MODEL, DATABASE, IMESSAGE }

                @JarvisMetric(name = "jarvis_process_memory_bytes", type = GAUGE, help = "Memory")
                void processMemory(MemoryType type, @Value long bytes);

                @JarvisMetric(
                    name = "jarvis_system_memory_available_bytes",
                    type = GAUGE,
                    help = "Available system memory")
                void available(@Value long bytes);

                @JarvisMetric(name = "jarvis_process_cpu_ratio", type = GAUGE, help = "CPU (0-1)")
                void cpu(@Value double ratio);

                @JarvisMetric(name = "jarvis_process_open_fds", type = GAUGE, help = "Open fds")
                void openFds(@Value int count);

                @JarvisMetric(
                    name = "jarvis_process_uptime_seconds",
                    type = GAUGE,
                    help = "Process uptime")
                void uptime(@Value double seconds);

                @JarvisMetric(name = "jarvis_health_status", type = GAUGE, help = "1 up, 0 down")
                void health(Component component, @Value double status);
              """));

  /** Section 8 as written; the comment on each dashboard names the panels that fail. */
  static final List<JavaFileObject> AS_WRITTEN =
      List.of(
          dashboard(
              "jarvis-executive",
              "JARVIS - Executive Summary",
              "30s",
              false,
              panel(
                  "API Availability (30d)",
                  "STAT",
                  "percentunit",
                  "1 - (sum(rate(jarvis_api_requests_total{status_code=~\"5..\"}[30d]))"
                      + " / sum(rate(jarvis_api_requests_total[30d])))"),
              panel(
                  "Error Budget Remaining",
                  "GAUGE",
                  "percentunit",
                  "1 - (sum(increase(jarvis_api_requests_total{status_code=~\"5..\"}[30d]))"
                      + " / (sum(increase(jarvis_api_requests_total[30d])) * 0.001))"),
              panel(
                  "Avg Generation Latency (1h)",
                  "STAT",
                  "s",
                  "rate(jarvis_generation_duration_seconds_sum[1h])"
                      + " / rate(jarvis_generation_duration_seconds_count[1h])"),
              panel(
                  "Daily Active Users",
                  "STAT",
                  "short",
                  "count(count by (user_id_hash) (jarvis_api_requests_total[1d]))"),
              panel("Model Load Status", "STAT", "none", "jarvis_model_loaded"),
              panel(
                  "Memory Usage",
                  "TIMESERIES",
                  "bytes",
                  "jarvis_process_memory_bytes{type=\"rss\"}",
                  "jarvis_metal_memory_bytes")),
          dashboard(
              "jarvis-api",
              "JARVIS - API Performance",
              "10s",
              false,
              panel(
                  "Request Rate by Endpoint",
                  "TIMESERIES",
                  "reqps",
                  "sum by (endpoint) (rate(jarvis_api_requests_total[5m]))"),
              panel(
                  "Latency Percentiles",
                  "TIMESERIES",
                  "s",
                  "histogram_quantile(0.99, ...)",
                  "histogram_quantile(0.95, ...)",
                  "histogram_quantile(0.50, ...)"),
              panel(
                  "Error Rate by Status",
                  "TIMESERIES",
                  "reqps",
                  "sum by (status_code) (rate(jarvis_api_requests_total{status_code=~\"[45]..\"}[5m]))"),
              panel("Rate Limited Requests", "STAT", "short", "jarvis_api_rate_limited_total"),
              panel(
                  "Top 10 Slow Endpoints",
                  "TABLE",
                  "s",
                  "topk(10, histogram_quantile(0.99,"
                      + " rate(jarvis_api_request_duration_seconds_bucket[1h])))")),
          dashboard(
              "jarvis-model",
              "JARVIS - Model Performance",
              "5s",
              false,
              panel("Model Status", "STAT", "none", "jarvis_model_loaded"),
              panel("Memory Breakdown", "PIECHART", "bytes", "jarvis_model_memory_bytes"),
              panel(
                  "Generation Throughput",
                  "TIMESERIES",
                  "short",
                  "rate(jarvis_generation_tokens_total[1m])",
                  "jarvis_generation_tokens_per_second"),
              panel(
                  "Template vs Model Usage",
                  "PIECHART",
                  "short",
                  "sum by (used_template) (increase(jarvis_generation_duration_seconds_count[1h]))"),
              panel("KV Cache Utilization", "GAUGE", "percentunit", "jarvis_kv_cache_utilization"),
              panel(
                  "Model Load/Unload Events",
                  "TABLE",
                  "short",
                  "{__name__=~\"jarvis_model_load.*\"}"),
              panel(
                  "Generation Latency Heatmap",
                  "HEATMAP",
                  "short",
                  "jarvis_generation_duration_seconds_bucket")),
          dashboard(
              "jarvis-prefetch",
              "JARVIS - Prefetch System",
              "10s",
              false,
              panel(
                  "Cache Hit Rate by Tier",
                  "TIMESERIES",
                  "percentunit",
                  "jarvis_prefetch_cache_hit_rate"),
              panel("Prefetch Queue Depth", "TIMESERIES", "short", "jarvis_prefetch_queue_size"),
              panel("Cost Saved by Prefetch", "STAT", "ms", "jarvis_prefetch_cost_saved_ms"),
              panel(
                  "Prediction Type Distribution",
                  "PIECHART",
                  "short",
                  "sum by (prediction_type) (jarvis_prefetch_predictions_total)"),
              panel(
                  "Resource Blocks",
                  "TIMESERIES",
                  "short",
                  "jarvis_prefetch_resource_blocked_total"),
              panel(
                  "Prefetch Latency Distribution",
                  "HEATMAP",
                  "short",
                  "jarvis_prefetch_latency_seconds_bucket")),
          dashboard(
              "jarvis-scheduler",
              "JARVIS - Message Scheduler",
              "30s",
              false,
              panel("Pending Sends", "STAT", "short", "jarvis_scheduler_pending_items"),
              panel(
                  "Items by Status",
                  "TIMESERIES",
                  "ops",
                  "sum by (status) (rate(jarvis_scheduler_items_total[5m]))"),
              panel("Retry Distribution", "HEATMAP", "short", "jarvis_scheduler_retry_count"),
              panel(
                  "Upcoming Sends (Next Hour)",
                  "TABLE",
                  "short",
                  "scheduler_items{status=\"scheduled\", send_at < now() + 3600}"),
              panel("Missed Schedules", "STAT", "short", "jarvis_scheduler_missed_schedules")),
          dashboard(
              "jarvis-websocket",
              "JARVIS - WebSocket Connections",
              "5s",
              false,
              panel(
                  "Active Connections",
                  "STAT",
                  "short",
                  "jarvis_websocket_connections{status=\"active\"}"),
              panel(
                  "Connection History",
                  "TIMESERIES",
                  "short",
                  "jarvis_websocket_connections{status=\"active\"}",
                  "jarvis_websocket_connections{status=\"health_subscribers\"}"),
              panel(
                  "Message Rate",
                  "TIMESERIES",
                  "ops",
                  "sum by (direction, message_type) (rate(jarvis_websocket_messages_total[1m]))"),
              panel(
                  "Generation Latency",
                  "TIMESERIES",
                  "s",
                  "histogram_quantile(0.99,"
                      + " rate(jarvis_websocket_generation_latency_seconds_bucket[5m]))"),
              panel(
                  "Rate Limited Clients", "TABLE", "short", "jarvis_websocket_rate_limited_total"),
              panel(
                  "Connection Duration Distribution",
                  "HEATMAP",
                  "short",
                  "jarvis_websocket_connection_duration_seconds_bucket")),
          dashboard(
              "jarvis-system",
              "JARVIS - System Health",
              "10s",
              false,
              panel("Component Health", "STAT", "none", "jarvis_health_status"),
              panel(
                  "Process Memory",
                  "TIMESERIES",
                  "bytes",
                  "jarvis_process_memory_bytes{type=\"rss\"}",
                  "jarvis_system_memory_available_bytes"),
              panel("CPU Usage", "TIMESERIES", "percent", "jarvis_process_cpu_percent"),
              panel("Open File Descriptors", "TIMESERIES", "short", "jarvis_process_open_fds"),
              panel("Uptime", "STAT", "s", "jarvis_uptime_seconds"),
              panel(
                  "iMessage Access Status",
                  "STAT",
                  "none",
                  "jarvis_health_status{component=\"imessage\"}")));

  /** Section 8 with every defective panel corrected; the others are left as written. */
  static final List<JavaFileObject> CORRECTED =
      List.of(
          dashboard(
              "jarvis-executive",
              "JARVIS - Executive Summary",
              "30s",
              true,
              panel(
                  "API Availability (30d)",
                  "STAT",
                  "percentunit",
                  "1 - (sum(rate(jarvis_api_requests_total{status_code=~\"5..\"}[30d]))"
                      + " / sum(rate(jarvis_api_requests_total[30d])))"),
              panel(
                  "Error Budget Remaining",
                  "GAUGE",
                  "percentunit",
                  "1 - (sum(increase(jarvis_api_requests_total{status_code=~\"5..\"}[30d]))"
                      + " / (sum(increase(jarvis_api_requests_total[30d])) * 0.001))"),
              panel(
                  "Avg Generation Latency (1h)",
                  "STAT",
                  "s",
                  "sum(rate(jarvis_generation_duration_seconds_sum[1h]))"
                      + " / sum(rate(jarvis_generation_duration_seconds_count[1h]))"),
              // Users are not a metric label (rule 11.3); requests per day stand in for them.
              panel(
                  "Daily Requests",
                  "STAT",
                  "short",
                  "sum(increase(jarvis_api_requests_total[1d]))"),
              panel("Model Load Status", "STAT", "none", "jarvis_model_loaded"),
              panel(
                  "Memory Usage",
                  "TIMESERIES",
                  "bytes",
                  "jarvis_process_memory_bytes{type=\"rss\"}",
                  "jarvis_model_metal_memory_bytes")),
          dashboard(
              "jarvis-api",
              "JARVIS - API Performance",
              "10s",
              false,
              panel(
                  "Request Rate by Endpoint",
                  "TIMESERIES",
                  "reqps",
                  "sum by (endpoint) (rate(jarvis_api_requests_total[$__rate_interval]))"),
              panel(
                  "Latency Percentiles",
                  "TIMESERIES",
                  "s",
                  quantile("0.99", "jarvis_api_request_duration_seconds"),
                  quantile("0.95", "jarvis_api_request_duration_seconds"),
                  quantile("0.5", "jarvis_api_request_duration_seconds")),
              panel(
                  "Error Rate by Status",
                  "TIMESERIES",
                  "reqps",
                  "sum by (status_code) (rate(jarvis_api_requests_total{status_code=~\"[45]..\"}"
                      + "[$__rate_interval]))"),
              panel(
                  "Rate Limited Requests",
                  "TIMESERIES",
                  "reqps",
                  "sum by (endpoint) (rate(jarvis_api_rate_limited_total[$__rate_interval]))"),
              panel(
                  "Top 10 Slow Endpoints",
                  "TABLE",
                  "s",
                  "topk(10, histogram_quantile(0.99, sum by (le, endpoint)"
                      + " (rate(jarvis_api_request_duration_seconds_bucket[1h]))))")),
          dashboard(
              "jarvis-model",
              "JARVIS - Model Performance",
              "5s",
              false,
              panel("Model Status", "STAT", "none", "jarvis_model_loaded"),
              panel("Memory Breakdown", "PIECHART", "bytes", "jarvis_model_memory_bytes"),
              panel(
                  "Generation Throughput",
                  "TIMESERIES",
                  "short",
                  "sum(rate(jarvis_generation_tokens_total[$__rate_interval]))",
                  "jarvis_generation_tokens_per_second"),
              panel(
                  "Template vs Model Usage",
                  "PIECHART",
                  "short",
                  "sum by (used_template) (increase(jarvis_generation_duration_seconds_count[1h]))"),
              panel(
                  "KV Cache Utilization",
                  "GAUGE",
                  "percentunit",
                  "jarvis_model_kv_cache_utilization_ratio"),
              panel(
                  "Model Load/Unload Events",
                  "TABLE",
                  "short",
                  "sum by (model_id) (increase(jarvis_model_load_duration_seconds_count[$__range]))"),
              heatmap("Generation Latency Heatmap", "jarvis_generation_duration_seconds")),
          dashboard(
              "jarvis-prefetch",
              "JARVIS - Prefetch System",
              "10s",
              false,
              panel(
                  "Cache Hit Rate by Tier",
                  "TIMESERIES",
                  "percentunit",
                  "jarvis_prefetch_cache_hit_rate"),
              panel("Prefetch Queue Depth", "TIMESERIES", "short", "jarvis_prefetch_queue_size"),
              panel(
                  "Cost Saved by Prefetch",
                  "STAT",
                  "s",
                  "sum(increase(jarvis_prefetch_cost_saved_seconds_total[$__range]))"),
              panel(
                  "Prediction Type Distribution",
                  "PIECHART",
                  "short",
                  "sum by (prediction_type) (increase(jarvis_prefetch_predictions_total[$__range]))"),
              panel(
                  "Resource Blocks",
                  "TIMESERIES",
                  "ops",
                  "sum by (resource) (rate(jarvis_prefetch_resource_blocked_total"
                      + "[$__rate_interval]))"),
              heatmap("Prefetch Latency Distribution", "jarvis_prefetch_latency_seconds")),
          dashboard(
              "jarvis-scheduler",
              "JARVIS - Message Scheduler",
              "30s",
              false,
              panel("Pending Sends", "STAT", "short", "jarvis_scheduler_pending_items"),
              panel(
                  "Items by Status",
                  "TIMESERIES",
                  "ops",
                  "sum by (status) (rate(jarvis_scheduler_items_total[$__rate_interval]))"),
              heatmap("Retry Distribution", "jarvis_scheduler_retries"),
              // Send times of single items are rows of the database, not series; the gauge of
              // pending items is what metrics can show.
              panel("Pending Sends Now", "TABLE", "short", "jarvis_scheduler_pending_items"),
              panel(
                  "Missed Schedules",
                  "STAT",
                  "short",
                  "sum(increase(jarvis_scheduler_missed_schedules_total[$__range]))")),
          dashboard(
              "jarvis-websocket",
              "JARVIS - WebSocket Connections",
              "5s",
              false,
              panel(
                  "Active Connections",
                  "STAT",
                  "short",
                  "jarvis_websocket_connections{status=\"active\"}"),
              panel(
                  "Connection History",
                  "TIMESERIES",
                  "short",
                  "jarvis_websocket_connections{status=\"active\"}",
                  "jarvis_websocket_connections{status=\"health_subscribers\"}"),
              panel(
                  "Message Rate",
                  "TIMESERIES",
                  "ops",
                  "sum by (direction, message_type)"
                      + " (rate(jarvis_websocket_messages_total[$__rate_interval]))"),
              panel(
                  "Generation Latency",
                  "TIMESERIES",
                  "s",
                  quantile("0.99", "jarvis_websocket_generation_latency_seconds")),
              panel(
                  "Rate Limited Messages",
                  "STAT",
                  "short",
                  "sum(increase(jarvis_websocket_rate_limited_total[$__range]))"),
              heatmap(
                  "Connection Duration Distribution",
                  "jarvis_websocket_connection_duration_seconds")),
          dashboard(
              "jarvis-system",
              "JARVIS - System Health",
              "10s",
              false,
              panel("Component Health", "STAT", "none", "jarvis_health_status"),
              panel(
                  "Process Memory",
                  "TIMESERIES",
                  "bytes",
                  "jarvis_process_memory_bytes{type=\"rss\"}",
                  "jarvis_system_memory_available_bytes"),
              panel("CPU Usage", "TIMESERIES", "percentunit", "jarvis_process_cpu_ratio"),
              panel("Open File Descriptors", "TIMESERIES", "short", "jarvis_process_open_fds"),
              panel("Uptime", "STAT", "s", "jarvis_process_uptime_seconds"),
              panel(
                  "iMessage Access Status",
                  "STAT",
                  "none",
                  "jarvis_health_status{component=\"imessage\"}")));

  private RoadmapDashboards() {}

  private static String quantile(String quantile, String histogram) {
    return "histogram_quantile("
        + quantile
        + ", sum by (le) (rate("
        + histogram
        + "_bucket[$__rate_interval])))";
  }

  private static String heatmap(String title, String histogram) {
    return panel(
        title, "HEATMAP", "s", "sum by (le) (rate(" + histogram + "_bucket[$__rate_interval]))");
  }

  /** A {@code @Panel}, each query in a text block so that its quotes need no escapes. */
  private static String panel(String title, String type, String unit, String... queries) {
    List<String> written = new ArrayList<>();
    for (String query : queries) {
      written.add("@Query(expr = \"\"\"\n        " + query + "\"\"\")");
    }
    return "@Panel(title = \""
        + title
        + "\", type = PanelType."
        + type
        + ", unit = \""
        + unit
        + "\",\n    queries = {"
        + String.join(",\n      ", written)
        + "})";
  }

  private static JavaFileObject dashboard(
      String uid, String title, String refresh, boolean sloPanels, String... panels) {
    String name =
        Character.toUpperCase(uid.charAt("jarvis-".length()))
            + uid.substring("jarvis-".length() + 1)
            + "Dashboard";
    return subsystem(
        "@Dashboard(uid = \""
            + uid
            + "\", title = \""
            + title
            + "\", refresh = \""
            + refresh
            + "\", sloPanels = "
            + sloPanels
            + ",\n  panels = {\n"
            + String.join(",\n", panels)
            + "})\n",
        name,
        "");
  }
}
