package dev.jarvis.sample;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started service: where it listens, where it keeps its chats, and everything to stop when it
 * closes, stopped in the reverse order of starting so that nothing runs against a part already
 * stopped.
 */
public final class RunningService implements AutoCloseable {
  private static final Logger logger = LoggerFactory.getLogger(RunningService.class);

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private volatile int port = -1;
  private volatile String host = ServiceOptions.DEFAULT_HOST;
  private volatile Path chatDatabase;

  RunningService() {}

  /** Takes {@code part} to close when the service closes, before the parts started earlier. */
  <T extends AutoCloseable> T own(T part) {
    started.push(part);
    return part;
  }

  void listeningOn(String host, int port) {
    this.host = host;
    this.port = port;
  }

  void storesChatsIn(Path file) {
    this.chatDatabase = file;
  }

  /**
   * The chat database file, which the permissions health check watches; a test takes it away to see
   * the service report the fault.
   */
  Path chatDatabase() {
    return chatDatabase;
  }

  /**
   * The service's address, such as {@code http://127.0.0.1:<port>}; the loopback address when it
   * listens on every address.
   */
  public URI baseUri() {
    String address = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    return URI.create(
        "http://" + (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port);
  }

  /** Stops every part; a part that fails to stop is logged and the others are still stopped. */
  @Override
  public synchronized void close() {
    if (started.isEmpty()) {
      return;
    }
    logger.info("Stopping the JARVIS sample service");
    while (!started.isEmpty()) {
      AutoCloseable part = started.pop();
      try {
        part.close();
      } catch (Exception e) {
        logger.warn("Stopping {} failed", part, e);
      }
    }
  }
}
