package dev.jarvis.telemetry.runtime.export;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;

/** Lets through the requests of the JDK HTTP server that carry the scrape credentials. */
final class ScrapeAuthenticator extends Authenticator {
  private final ScrapeCredentials credentials;

  ScrapeAuthenticator(ScrapeCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public Result authenticate(HttpExchange exchange) {
    if (credentials.permits(exchange.getRequestHeaders().getFirst("Authorization"))) {
      return new Success(new HttpPrincipal("scraper", "jarvis-telemetry"));
    }
    exchange.getResponseHeaders().set("WWW-Authenticate", credentials.challenge());
    return new Retry(401);
  }
}
