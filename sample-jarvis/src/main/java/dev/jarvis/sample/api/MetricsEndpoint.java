package dev.jarvis.sample.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.prometheus.metrics.exporter.common.PrometheusScrapeHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Serves {@code GET /metrics}: the registry in the Prometheus text format, or OpenMetrics when the
 * scraper asks for it.
 */
public final class MetricsEndpoint implements Handler {
  private final PrometheusScrapeHandler scrapeHandler;

  public MetricsEndpoint(PrometheusRegistry registry) {
    this.scrapeHandler = new PrometheusScrapeHandler(registry);
  }

  @Override
  public void handle(Context ctx) throws Exception {
    scrapeHandler.handleRequest(new JavalinScrapeExchange(ctx));
  }
}
