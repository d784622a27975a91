package dev.jarvis.sample;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Reads the lines a log file gains from the moment it is made on, as {@code tail -f} does. The
 * tests share one log file, written by {@code logback-test.xml}, so each reads only its own
 * service's lines. A line still being written is left for the next read.
 */
final class LogTail {
  /** The file {@code logback-test.xml} writes the service's log to. */
  static final Path SERVICE_LOG = Path.of("target", "sample-service-test.log");

  private final Path file;
  private long position;

  private LogTail(Path file, long position) {
    this.file = file;
    this.position = position;
  }

  /** Follows {@code file} from its current end. */
  static LogTail fromEnd(Path file) throws IOException {
    // Logback empties the file when it starts, so it must have started before the end is taken.
    LoggerFactory.getILoggerFactory();
    return new LogTail(file, Files.exists(file) ? Files.size(file) : 0);
  }

  /** The whole lines written since the previous read. */
  List<String> newLines() throws IOException {
    List<String> lines = new ArrayList<>();
    if (!Files.exists(file)) {
      return lines;
    }
    byte[] bytes;
    try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
      long available = log.length() - position;
      if (available <= 0) {
        return lines;
      }
      bytes = new byte[Math.toIntExact(available)];
      log.seek(position);
      log.readFully(bytes);
    }
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    position += start;
    return lines;
  }
}
