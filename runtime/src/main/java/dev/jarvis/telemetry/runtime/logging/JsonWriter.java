package dev.jarvis.telemetry.runtime.logging;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Writes JSON objects as UTF-8 straight into a growable byte buffer that is kept from one line to
 * the next, so that text is escaped and encoded in one pass and a line costs one copy of its bytes.
 *
 * <p>Every string is escaped so that the output is valid JSON and stays on one line whatever the
 * input: quote, backslash and all controls below U+0020 are escaped, as are U+2028 and U+2029 (line
 * breaks to JavaScript) and lone surrogates, which have no UTF-8 form. A well-formed surrogate pair
 * is written as the four UTF-8 bytes of its code point.
 *
 * <p>Text that is the same on every line, such as member names, can be escaped and encoded once by
 * {@link #encode} and then copied into each line as bytes.
 *
 * <p>An instance is not thread-safe: each thread needs its own.
 */
final class JsonWriter {
  private static final int INITIAL_CAPACITY = 1024;

  /** Enough for most names and values encoded ahead; a longer one grows the buffer. */
  private static final int ENCODED_CAPACITY = 64;

  /** Above this size a buffer is dropped after a line, so one huge event pins no memory. */
  private static final int MAX_RETAINED_CAPACITY = 64 * 1024;

  /** The longest escape, {@code \}{@code uXXXX}, and the longest UTF-8 sequence fit in this. */
  private static final int MAX_BYTES_PER_CHAR = 6;

  /** How many chars are escaped per capacity check; small, so a short text reserves little. */
  private static final int CHUNK_CHARS = 512;

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private byte[] buffer;
  private int size;

  /** Whether the object open at each depth already has a member, so the next needs a comma. */
  private boolean[] hasMember = new boolean[4];

  private int depth;

  JsonWriter() {
    this(INITIAL_CAPACITY);
  }

  private JsonWriter(int capacity) {
    buffer = new byte[capacity];
  }

  /**
   * Returns the bytes that {@code writing} writes to a fresh writer, outside any object: a member
   * name for {@link #members}, whole members for {@link #members}, or a value for {@link
   * #encodedValue}.
   */
  static byte[] encode(Consumer<JsonWriter> writing) {
    JsonWriter json = new JsonWriter(ENCODED_CAPACITY);
    writing.accept(json);
    return Arrays.copyOf(json.buffer, json.size);
  }

  /** Empties the writer for a new line, also after a line that failed half-way. */
  void clear() {
    size = 0;
    depth = 0;
  }

  /** Opens an object: the whole line, or the value of the name just written. */
  JsonWriter beginObject() {
    ensureCapacity(1);
    buffer[size++] = '{';
    depth++;
    if (depth == hasMember.length) {
      hasMember = Arrays.copyOf(hasMember, depth * 2);
    }
    hasMember[depth] = false;
    return this;
  }

  JsonWriter endObject() {
    ensureCapacity(1);
    buffer[size++] = '}';
    depth--;
    return this;
  }

  /** Writes a member name and its colon; the caller writes the value next. */
  JsonWriter name(CharSequence name) {
    return name(name, 0);
  }

  /** Writes the part of {@code key} from {@code start} on as a member name. */
  JsonWriter name(CharSequence key, int start) {
    ensureCapacity(2);
    if (hasMember[depth]) {
      buffer[size++] = ',';
    }
    hasMember[depth] = true;
    buffer[size++] = '"';
    appendEscaped(key, start, key.length());
    ensureCapacity(2);
    buffer[size++] = '"';
    buffer[size++] = ':';
    return this;
  }

  /**
   * Writes members that {@link #encode} encoded: a name with its colon, whose value the caller
   * writes next, or whole members separated by commas.
   */
  JsonWriter members(byte[] encoded) {
    ensureCapacity(1 + encoded.length);
    if (hasMember[depth]) {
      buffer[size++] = ',';
    }
    hasMember[depth] = true;
    System.arraycopy(encoded, 0, buffer, size, encoded.length);
    size += encoded.length;
    return this;
  }

  /** Writes a value that {@link #encode} encoded. */
  JsonWriter encodedValue(byte[] encoded) {
    ensureCapacity(encoded.length);
    System.arraycopy(encoded, 0, buffer, size, encoded.length);
    size += encoded.length;
    return this;
  }

  /**
   * Writes a value by its Java type: numbers as JSON numbers (NaN and infinities, which JSON cannot
   * express, as null), booleans as booleans, null as null, anything else as the string of {@link
   * String#valueOf(Object)}.
   */
  JsonWriter value(Object value) {
    if (value == null) {
      return nullValue();
    }
    if (value instanceof Number number) {
      return number(number);
    }
    if (value instanceof Boolean bool) {
      return ascii(bool ? "true" : "false");
    }
    if (value instanceof CharSequence text) {
      return string(text);
    }
    return valueAsString(value);
  }

  /**
   * Writes {@link String#valueOf(Object)} of {@code value} as a string. A {@code toString()} that
   * throws must not lose the whole line, so its failure is written instead, by exception type only.
   */
  JsonWriter valueAsString(Object value) {
    String text;
    try {
      text = String.valueOf(value);
    } catch (RuntimeException e) {
      text = "[toString() failed: " + e.getClass().getName() + "]";
    }
    // A toString() that breaks its contract and returns null still makes a string here, because
    // callers such as the event type rely on getting one.
    return string(text == null ? "null" : text);
  }

  JsonWriter string(CharSequence text) {
    if (text == null) {
      return nullValue();
    }
    return beginString().stringPart(text).endString();
  }

  /** Opens a string value whose content follows in {@link #stringPart} calls. */
  JsonWriter beginString() {
    ensureCapacity(1);
    buffer[size++] = '"';
    return this;
  }

  /**
   * Appends escaped text to the open string. A surrogate pair split between two parts is written as
   * two escapes, which JSON readers join back into the same pair.
   */
  JsonWriter stringPart(CharSequence text) {
    appendEscaped(text, 0, text.length());
    return this;
  }

  JsonWriter endString() {
    ensureCapacity(1);
    buffer[size++] = '"';
    return this;
  }

  JsonWriter nullValue() {
    return ascii("null");
  }

  JsonWriter number(Number number) {
    if (number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte
        || number instanceof AtomicInteger
        || number instanceof AtomicLong) {
      return number(number.longValue());
    }
    if (number instanceof Float) {
      float value = number.floatValue();
      // Float's own shortest form: 33.6f widened to double would print as 33.599998474121094.
      return Float.isFinite(value) ? ascii(Float.toString(value)) : nullValue();
    }
    if (number instanceof BigInteger || number instanceof BigDecimal) {
      // Both print only digits, sign, point and exponent, all valid in a JSON number.
      return ascii(number.toString());
    }
    return number(number.doubleValue());
  }

  JsonWriter number(double value) {
    return Double.isFinite(value) ? ascii(Double.toString(value)) : nullValue();
  }

  JsonWriter number(long value) {
    if (value == Long.MIN_VALUE) {
      return ascii(Long.toString(value));
    }
    ensureCapacity(20);
    if (value < 0) {
      buffer[size++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    for (int i = size + digits - 1; i >= size; i--) {
      buffer[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += digits;
    return this;
  }

  /** Ends the line and returns a copy of all bytes written since {@link #clear()}. */
  byte[] finishLine() {
    ensureCapacity(1);
    buffer[size++] = '\n';
    byte[] line = Arrays.copyOf(buffer, size);
    if (buffer.length > MAX_RETAINED_CAPACITY) {
      buffer = new byte[INITIAL_CAPACITY];
    }
    return line;
  }

  /** Appends text known to be printable ASCII without characters that need escaping. */
  private JsonWriter ascii(String text) {
    int length = text.length();
    ensureCapacity(length);
    for (int i = 0; i < length; i++) {
      buffer[size++] = (byte) text.charAt(i);
    }
    return this;
  }

  private void appendEscaped(CharSequence text, int start, int end) {
    int i = start;
    while (i < end) {
      // Room for a chunk's worst case up front keeps capacity checks out of the per-char loop.
      int chunkEnd = Math.min(end, i + CHUNK_CHARS);
      ensureCapacity((chunkEnd - i) * MAX_BYTES_PER_CHAR);
      i = appendChunk(text, i, chunkEnd, end);
    }
  }

  /**
   * Escapes and encodes {@code text} from {@code start} to {@code chunkEnd}, reading one char past
   * it only to complete a surrogate pair, and returns the index of the next char to write.
   */
  private int appendChunk(CharSequence text, int start, int chunkEnd, int end) {
    byte[] bytes = buffer;
    int at = size;
    int i = start;
    while (i < chunkEnd) {
      char c = text.charAt(i++);
      if (c < 0x80 && c >= 0x20 && c != '"' && c != '\\') {
        bytes[at++] = (byte) c;
      } else if (c < 0x80) {
        at = appendAsciiEscape(c, bytes, at);
      } else if (c < 0x800) {
        bytes[at++] = (byte) (0xC0 | (c >> 6));
        bytes[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i < end && Character.isLowSurrogate(text.charAt(i))) {
          int codePoint = Character.toCodePoint(c, text.charAt(i++));
          bytes[at++] = (byte) (0xF0 | (codePoint >> 18));
          bytes[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
          bytes[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
          bytes[at++] = (byte) (0x80 | (codePoint & 0x3F));
        } else {
          at = appendUnicodeEscape(c, bytes, at);
        }
      } else if (c == '\u2028' || c == '\u2029') {
        at = appendUnicodeEscape(c, bytes, at);
      } else {
        bytes[at++] = (byte) (0xE0 | (c >> 12));
        bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    size = at;
    return i;
  }

  private static int appendAsciiEscape(char c, byte[] bytes, int at) {
    char shortForm =
        switch (c) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '\n' -> 'n';
          case '\r' -> 'r';
          case '\t' -> 't';
          case '\b' -> 'b';
          case '\f' -> 'f';
          default -> 0;
        };
    if (shortForm == 0) {
      return appendUnicodeEscape(c, bytes, at);
    }
    bytes[at] = '\\';
    bytes[at + 1] = (byte) shortForm;
    return at + 2;
  }

  private static int appendUnicodeEscape(char c, byte[] bytes, int at) {
    bytes[at] = '\\';
    bytes[at + 1] = 'u';
    bytes[at + 2] = HEX[(c >> 12) & 0xF];
    bytes[at + 3] = HEX[(c >> 8) & 0xF];
    bytes[at + 4] = HEX[(c >> 4) & 0xF];
    bytes[at + 5] = HEX[c & 0xF];
    return at + 6;
  }

  private void ensureCapacity(int extra) {
    if (size + extra > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
    }
  }
}
