package dev.jarvis.telemetry.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Checks lines of the JSON log against {@code log-entry.schema.json}, the schema of roadmap section
 * 4.2 that {@link JarvisJsonEncoder} promises, for any test that produces log lines.
 *
 * <pre>{@code
 * JsonNode entry = LogEntrySchema.requireValidLine(encoder.encode(event));
 * assertThat(entry.path("level").asText()).isEqualTo("WARNING");
 * }</pre>
 */
public final class LogEntrySchema {
  /** Where the schema lies on the class path. */
  public static final String RESOURCE =
      "/dev/jarvis/telemetry/runtime/logging/log-entry.schema.json";

  /**
   * Strict where the JSON specification leaves room (a name twice, trailing text), but without
   * Jackson's default size limits, since tests write megabyte names and values on purpose.
   */
  private static final ObjectMapper STRICT_JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNameLength(Integer.MAX_VALUE)
                          .maxStringLength(Integer.MAX_VALUE)
                          .build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final JsonSchema SCHEMA = load();

  private LogEntrySchema() {}

  /**
   * Asserts that {@code encoded} is exactly one line: UTF-8 without malformed sequences, ending in
   * its only newline and holding no other control byte, whose text is a valid entry.
   *
   * @return the parsed entry
   */
  public static JsonNode requireValidLine(byte[] encoded) {
    assertThat(encoded).isNotEmpty();
    assertThat(encoded[encoded.length - 1]).as("last byte").isEqualTo((byte) '\n');
    for (int i = 0; i < encoded.length - 1; i++) {
      if ((encoded[i] & 0xFF) < 0x20) {
        throw new AssertionError("raw control byte " + encoded[i] + " at offset " + i);
      }
    }
    String text = strictUtf8(encoded);
    return requireValid(text.substring(0, text.length() - 1));
  }

  /** Asserts that {@code line} is one JSON object that the schema accepts. */
  public static JsonNode requireValid(String line) {
    JsonNode entry = parse(line);
    assertThat(SCHEMA.validate(entry)).as("schema violations of %s", abbreviate(line)).isEmpty();
    return entry;
  }

  /** What the schema finds wrong with {@code line}, which must be JSON; empty if nothing. */
  public static Set<ValidationMessage> violations(String line) {
    return SCHEMA.validate(parse(line));
  }

  /** Parses {@code line} strictly; fails the test if it is not a single JSON value. */
  public static JsonNode parse(String line) {
    try {
      return STRICT_JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + abbreviate(line), e);
    }
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("not well-formed UTF-8", e);
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 2000 ? line : line.substring(0, 2000) + "...";
  }

  private static JsonSchema load() {
    try (InputStream schema = LogEntrySchema.class.getResourceAsStream(RESOURCE)) {
      if (schema == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
