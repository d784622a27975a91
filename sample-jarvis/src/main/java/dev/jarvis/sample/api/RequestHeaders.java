package dev.jarvis.sample.api;

import io.javalin.http.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;

/** Reads the trace context from a request's headers and writes it into the response's. */
final class RequestHeaders {
  static final TextMapGetter<Context> GETTER =
      new TextMapGetter<>() {
        @Override
        @SuppressWarnings("deprecation") // still abstract in the API, so it must be written
        public Iterable<String> keys(Context ctx) {
          return ctx.headerMap().keySet();
        }

        @Override
        public String get(Context ctx, String key) {
          return ctx == null ? null : ctx.header(key);
        }
      };

  static final TextMapSetter<Context> SETTER =
      (ctx, key, value) -> {
        if (ctx != null) {
          ctx.header(key, value);
        }
      };

  private RequestHeaders() {}
}
