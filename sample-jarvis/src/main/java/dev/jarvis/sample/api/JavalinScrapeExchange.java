package dev.jarvis.sample.api;

import io.javalin.http.Context;
import io.prometheus.metrics.exporter.common.PrometheusHttpExchange;
import io.prometheus.metrics.exporter.common.PrometheusHttpRequest;
import io.prometheus.metrics.exporter.common.PrometheusHttpResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Presents a Javalin request to the Prometheus client's scrape handler, which then negotiates the
 * exposition format from the {@code Accept} header, filters by {@code name[]} parameters and
 * compresses when the scraper accepts gzip.
 */
final class JavalinScrapeExchange implements PrometheusHttpExchange {
  private final Context ctx;

  JavalinScrapeExchange(Context ctx) {
    this.ctx = ctx;
  }

  @Override
  public PrometheusHttpRequest getRequest() {
    return new PrometheusHttpRequest() {
      @Override
      public String getQueryString() {
        return ctx.queryString();
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        Enumeration<String> headers = ctx.req().getHeaders(name);
        return headers != null ? headers : Collections.emptyEnumeration();
      }

      @Override
      public String getMethod() {
        return ctx.method().name();
      }

      @Override
      public String getRequestPath() {
        return ctx.path();
      }
    };
  }

  @Override
  public PrometheusHttpResponse getResponse() {
    return new PrometheusHttpResponse() {
      @Override
      public void setHeader(String name, String value) {
        ctx.header(name, value);
      }

      // The handler compresses the body itself when asked to, so Javalin must not compress it
      // again.
      @Override
      public OutputStream sendHeadersAndGetBody(int statusCode, int contentLength) {
        ctx.disableCompression();
        ctx.status(statusCode);
        if (contentLength > 0) {
          ctx.res().setContentLength(contentLength);
        }
        return ctx.outputStream();
      }
    };
  }

  @Override
  public void handleException(IOException e) throws IOException {
    throw e;
  }

  @Override
  public void handleException(RuntimeException e) {
    throw e;
  }

  @Override
  public void close() {
    // Javalin completes the response when the handler returns.
  }
}
