package dev.jarvis.sample.api;

import dev.jarvis.telemetry.runtime.export.ScrapeCredentials;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Serves a monitoring endpoint only to requests that carry the scrape credentials; any other gets
 * 401 with a {@code WWW-Authenticate} challenge, and none of the endpoint's content.
 */
public final class ScrapeAuthorization implements Handler {
  private final ScrapeCredentials credentials;
  private final Handler endpoint;

  public ScrapeAuthorization(ScrapeCredentials credentials, Handler endpoint) {
    this.credentials = credentials;
    this.endpoint = endpoint;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    if (credentials.permits(ctx.header("Authorization"))) {
      endpoint.handle(ctx);
      return;
    }
    ctx.header("WWW-Authenticate", credentials.challenge())
        .status(401)
        .result("credentials required\n");
  }
}
