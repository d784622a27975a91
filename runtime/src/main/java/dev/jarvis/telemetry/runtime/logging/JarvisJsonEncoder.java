package dev.jarvis.telemetry.runtime.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import dev.jarvis.telemetry.runtime.events.EventKeys;
import dev.jarvis.telemetry.runtime.logging.EntryFields.Place;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * Writes each Logback event as one line of JSON in the log entry schema of roadmap section 4.2, so
 * that the events generated recorders log through SLF4J's key-value pairs reach the log store with
 * their structure intact. The schema is {@code log-entry.schema.json} beside this class.
 *
 * <pre>{@code
 * <appender name="json" class="ch.qos.logback.core.ConsoleAppender">
 *   <encoder class="dev.jarvis.telemetry.runtime.logging.JarvisJsonEncoder">
 *     <service>jarvis-api</service>
 *     <version>1.2.3</version>
 *     <environment>production</environment>
 *   </encoder>
 * </appender>
 * }</pre>
 *
 * <p>Levels are written as the roadmap names them: TRACE and DEBUG as {@code DEBUG}, WARN as {@code
 * WARNING}, and any event carrying the marker {@link EventKeys#CRITICAL} as {@code CRITICAL}.
 * Key-value pairs are sorted into {@code context}, {@code event}, {@code metrics} and {@code
 * metadata} as {@link EntryFields} describes; sections without fields are left out, except {@code
 * event}, which the schema requires and which is {@code {"type":"log","category":"general"}} for a
 * plain log call. {@code trace_id} and {@code span_id} come from the event's key-value pairs, or
 * else from the OpenTelemetry span current on the thread that encodes: behind an {@code
 * AsyncAppender} that is not the thread that logged, so there the ids must be passed as pairs.
 *
 * <p>A throwable is written to {@code metadata} as {@code exception_type} and {@code stack_trace}
 * with class names and frames only: exception messages are never written, because they often carry
 * user content that appendix 11.3 keeps out of logs. For the same reason a throwable passed as a
 * key-value value is written as its class name.
 *
 * <p>Logback 1.5's {@code OutputStreamAppender} calls {@link #encode} without holding any lock (it
 * locks only the write of the finished bytes), so threads encode concurrently. Each thread
 * therefore reuses its own buffer; the returned array is a fresh copy that the appender may keep.
 * The properties are set before {@link #start()}, as Logback's configurators do, and only read
 * afterwards.
 *
 * <p>Member names, the properties and the levels are escaped and encoded once, and so is each key
 * of the pairs, in {@link KeyPlaces}; each event then copies them as bytes.
 */
public final class JarvisJsonEncoder extends EncoderBase<ILoggingEvent> {
  static final String DEFAULT_EVENT_TYPE = "log";
  static final String DEFAULT_EVENT_CATEGORY = "general";

  private static final byte[] NO_BYTES = new byte[0];

  private static final byte[] TIMESTAMP = name("timestamp");
  private static final byte[] LEVEL = name("level");
  private static final byte[] LOGGER = name("logger");
  private static final byte[] MESSAGE = name("message");
  private static final byte[] TRACE_ID = name(EntryFields.TRACE_ID);
  private static final byte[] SPAN_ID = name(EntryFields.SPAN_ID);
  private static final byte[] CONTEXT = name("context");
  private static final byte[] EVENT = name("event");
  private static final byte[] TYPE = name("type");
  private static final byte[] CATEGORY = name("category");
  private static final byte[] METRICS = name("metrics");
  private static final byte[] METADATA = name("metadata");

  private static final byte[] CRITICAL_LEVEL = text("CRITICAL");
  private static final byte[] ERROR_LEVEL = text("ERROR");
  private static final byte[] WARNING_LEVEL = text("WARNING");
  private static final byte[] INFO_LEVEL = text("INFO");
  private static final byte[] DEBUG_LEVEL = text("DEBUG");
  private static final byte[] DEFAULT_TYPE = text(DEFAULT_EVENT_TYPE);
  private static final byte[] DEFAULT_CATEGORY = text(DEFAULT_EVENT_CATEGORY);

  private final KeyPlaces keyPlaces = new KeyPlaces();
  private final ThreadLocal<Scratch> scratch =
      ThreadLocal.withInitial(() -> new Scratch(keyPlaces));

  private String service = "jarvis";
  private String version = "unknown";
  private String environment = "development";

  /** The {@code service}, {@code version} and {@code environment} members, encoded. */
  private byte[] serviceMembers = encodeServiceMembers();

  /** The name of the service writing the log, {@code jarvis} unless set. */
  public void setService(String service) {
    this.service = requireText(service, "service");
    serviceMembers = encodeServiceMembers();
  }

  /** The version of the service, {@code unknown} unless set. */
  public void setVersion(String version) {
    this.version = requireText(version, "version");
    serviceMembers = encodeServiceMembers();
  }

  /** Where the service runs, {@code development} unless set. */
  public void setEnvironment(String environment) {
    this.environment = requireText(environment, "environment");
    serviceMembers = encodeServiceMembers();
  }

  /** Starts, and has appender failures of its context reported ({@link AppenderFailureReport}). */
  @Override
  public void start() {
    if (getContext() != null) {
      AppenderFailureReport.installOn(getContext());
    }
    super.start();
  }

  @Override
  public byte[] headerBytes() {
    return NO_BYTES;
  }

  @Override
  public byte[] footerBytes() {
    return NO_BYTES;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    Scratch local = scratch.get();
    JsonWriter json = local.json;
    EntryFields fields = local.fields;
    List<KeyValuePair> pairs = event.getKeyValuePairs();
    IThrowableProxy throwable = event.getThrowableProxy();
    fields.sort(pairs, throwable != null);

    json.clear();
    json.beginObject();
    json.members(TIMESTAMP).string(local.timestamp.format(event.getTimeStamp()));
    json.members(LEVEL).encodedValue(levelOf(event));
    json.members(LOGGER).string(event.getLoggerName());
    String message = event.getFormattedMessage();
    json.members(MESSAGE).string(message == null ? "" : message);
    writeTraceIds(pairs, fields, json);
    json.members(serviceMembers);

    if (fields.hasContext()) {
      json.members(CONTEXT).beginObject();
      writePairs(pairs, fields, Place.CONTEXT, json);
      json.endObject();
    }

    json.members(EVENT).beginObject();
    json.members(TYPE);
    writeText(pairs, fields.eventType(), DEFAULT_TYPE, json);
    json.members(CATEGORY);
    writeText(pairs, fields.eventCategory(), DEFAULT_CATEGORY, json);
    json.endObject();

    if (fields.hasMetrics()) {
      json.members(METRICS).beginObject();
      writePairs(pairs, fields, Place.METRICS, json);
      json.endObject();
    }

    if (fields.hasMetadata() || throwable != null) {
      json.members(METADATA).beginObject();
      writePairs(pairs, fields, Place.METADATA, json);
      if (throwable != null) {
        json.members(EntryFields.EXCEPTION_TYPE_NAME).string(throwable.getClassName());
        json.members(EntryFields.STACK_TRACE_NAME);
        MessageFreeStackTrace.write(throwable, json);
      }
      json.endObject();
    }

    json.endObject();
    return json.finishLine();
  }

  private static byte[] name(String name) {
    return JsonWriter.encode(json -> json.name(name));
  }

  private static byte[] text(String text) {
    return JsonWriter.encode(json -> json.string(text));
  }

  private byte[] encodeServiceMembers() {
    return JsonWriter.encode(
        json ->
            json.name("service")
                .string(service)
                .name("version")
                .string(version)
                .name("environment")
                .string(environment));
  }

  private static String requireText(String value, String property) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(property + " must not be blank, was '" + value + "'");
    }
    return value;
  }

  private static byte[] levelOf(ILoggingEvent event) {
    if (isCritical(event.getMarkerList())) {
      return CRITICAL_LEVEL;
    }
    int level = event.getLevel().toInt();
    if (level >= Level.ERROR_INT) {
      return ERROR_LEVEL;
    }
    if (level >= Level.WARN_INT) {
      return WARNING_LEVEL;
    }
    return level >= Level.INFO_INT ? INFO_LEVEL : DEBUG_LEVEL;
  }

  private static boolean isCritical(List<Marker> markers) {
    if (markers == null) {
      return false;
    }
    for (Marker marker : markers) {
      // By name, so that a CRITICAL marker from another marker factory counts too.
      if (marker != null && EventKeys.CRITICAL.getName().equals(marker.getName())) {
        return true;
      }
    }
    return false;
  }

  private static void writeTraceIds(List<KeyValuePair> pairs, EntryFields fields, JsonWriter json) {
    if (fields.traceId() >= 0) {
      json.members(TRACE_ID).valueAsString(pairs.get(fields.traceId()).value);
      if (fields.spanId() >= 0) {
        json.members(SPAN_ID).valueAsString(pairs.get(fields.spanId()).value);
      }
      return;
    }
    SpanContext span = Span.current().getSpanContext();
    if (span.isValid()) {
      json.members(TRACE_ID).string(span.getTraceId());
      json.members(SPAN_ID).string(span.getSpanId());
    }
  }

  private static void writePairs(
      List<KeyValuePair> pairs, EntryFields fields, Place section, JsonWriter json) {
    for (int i = 0; i < fields.count(); i++) {
      if (fields.place(i) == section) {
        Object value = pairs.get(i).value;
        json.members(fields.name(i));
        if (value instanceof Throwable) {
          json.string(value.getClass().getName());
        } else {
          json.value(value);
        }
      }
    }
  }

  private static void writeText(
      List<KeyValuePair> pairs, int index, byte[] fallback, JsonWriter json) {
    if (index < 0) {
      json.encodedValue(fallback);
      return;
    }
    Object value = pairs.get(index).value;
    // A throwable's text carries its message, which the log never holds.
    json.valueAsString(value instanceof Throwable ? value.getClass().getName() : value);
  }

  /** What one thread reuses from event to event. */
  private static final class Scratch {
    final JsonWriter json = new JsonWriter();
    final EntryFields fields;
    final TimestampText timestamp = new TimestampText();

    Scratch(KeyPlaces keyPlaces) {
      fields = new EntryFields(keyPlaces);
    }
  }
}
