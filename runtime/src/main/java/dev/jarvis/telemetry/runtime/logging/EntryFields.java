package dev.jarvis.telemetry.runtime.logging;

import dev.jarvis.telemetry.runtime.events.EventKeys;
import dev.jarvis.telemetry.runtime.logging.KeyPlaces.KeyPlace;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceId;
import java.util.Arrays;
import java.util.List;
import org.slf4j.event.KeyValuePair;

/**
 * Decides where each key-value pair of one event goes in the log entry of roadmap section 4.2, by
 * the key prefixes of {@link EventKeys}:
 *
 * <ul>
 *   <li>{@code event.type} and {@code event.category} fill {@code event}; a null value counts as
 *       absent;
 *   <li>{@code context.x}, {@code metrics.x} and {@code metadata.x} become field {@code x} of their
 *       section, except that a metric whose value is not a number or null goes to {@code metadata}
 *       under its full key, so that {@code metrics} holds only numbers;
 *   <li>{@code trace_id} and {@code span_id} become the top-level ids when they are valid
 *       OpenTelemetry ids, a span id only together with a trace id, so that both ids always name
 *       the same trace; otherwise they go to {@code metadata};
 *   <li>any other key goes to {@code metadata} under its full key; a null key is left out.
 * </ul>
 *
 * <p>When two pairs land in the same place the later one wins, so that no object of the line has a
 * name twice (log stores such as Elasticsearch reject such documents). A thrown exception owns
 * {@code metadata.exception_type} and {@code metadata.stack_trace}. Events carry a handful of
 * pairs, so duplicates are found by comparing each pair with the later ones.
 *
 * <p>What a key says is looked up in {@link KeyPlaces}, which also holds the member names already
 * encoded; only the checks of values run for each event. An instance keeps its arrays from one
 * event to the next and is not thread-safe.
 */
final class EntryFields {
  /** The place of one pair in the entry. */
  enum Place {
    TRACE_ID,
    SPAN_ID,
    EVENT_TYPE,
    EVENT_CATEGORY,
    CONTEXT,
    METRICS,
    METADATA,
    LEFT_OUT
  }

  static final String TRACE_ID = "trace_id";
  static final String SPAN_ID = "span_id";
  static final byte[] EXCEPTION_TYPE_NAME = JsonWriter.encode(json -> json.name("exception_type"));
  static final byte[] STACK_TRACE_NAME = JsonWriter.encode(json -> json.name("stack_trace"));

  private final KeyPlaces keyPlaces;
  private Place[] places = new Place[16];
  private byte[][] names = new byte[16][];
  private int count;

  private int traceId;
  private int spanId;
  private int eventType;
  private int eventCategory;
  private boolean hasContext;
  private boolean hasMetrics;
  private boolean hasMetadata;

  EntryFields(KeyPlaces keyPlaces) {
    this.keyPlaces = keyPlaces;
  }

  /** Places the pairs of one event, which may be null; the previous event's places are dropped. */
  void sort(List<KeyValuePair> pairs, boolean hasThrowable) {
    count = pairs == null ? 0 : pairs.size();
    if (count > places.length) {
      places = Arrays.copyOf(places, count);
      names = Arrays.copyOf(names, count);
    }

    boolean traceIdGiven = false;
    for (int i = 0; i < count; i++) {
      KeyValuePair pair = pairs.get(i);
      place(i, pair.key, pair.value);
      traceIdGiven |= places[i] == Place.TRACE_ID;
    }
    if (!traceIdGiven) {
      for (int i = 0; i < count; i++) {
        if (places[i] == Place.SPAN_ID) {
          places[i] = Place.METADATA;
        }
      }
    }

    traceId = -1;
    spanId = -1;
    eventType = -1;
    eventCategory = -1;
    hasContext = false;
    hasMetrics = false;
    hasMetadata = false;
    for (int i = 0; i < count; i++) {
      if (isOverridden(i) || (hasThrowable && isExceptionField(i))) {
        places[i] = Place.LEFT_OUT;
      }
      switch (places[i]) {
        case TRACE_ID -> traceId = i;
        case SPAN_ID -> spanId = i;
        case EVENT_TYPE -> eventType = i;
        case EVENT_CATEGORY -> eventCategory = i;
        case CONTEXT -> hasContext = true;
        case METRICS -> hasMetrics = true;
        case METADATA -> hasMetadata = true;
        case LEFT_OUT -> {}
      }
    }
  }

  int count() {
    return count;
  }

  Place place(int index) {
    return places[index];
  }

  /** The member name of the pair at {@code index}, encoded as {@code "name":}. */
  byte[] name(int index) {
    return names[index];
  }

  /** The index of the pair that gives the trace id, or -1. */
  int traceId() {
    return traceId;
  }

  /** The index of the pair that gives the span id, or -1; never set without a trace id. */
  int spanId() {
    return spanId;
  }

  /** The index of the pair that gives the event type, or -1. */
  int eventType() {
    return eventType;
  }

  /** The index of the pair that gives the event category, or -1. */
  int eventCategory() {
    return eventCategory;
  }

  boolean hasContext() {
    return hasContext;
  }

  boolean hasMetrics() {
    return hasMetrics;
  }

  boolean hasMetadata() {
    return hasMetadata;
  }

  private void place(int index, String key, Object value) {
    if (key == null) {
      places[index] = Place.LEFT_OUT;
      names[index] = null;
      return;
    }
    KeyPlace keyPlace = keyPlaces.of(key);
    Place place = keyPlace.place;
    byte[] name = keyPlace.name;
    switch (place) {
      case TRACE_ID -> {
        if (!(value instanceof CharSequence id && TraceId.isValid(id))) {
          place = Place.METADATA;
        }
      }
      case SPAN_ID -> {
        if (!(value instanceof CharSequence id && SpanId.isValid(id))) {
          place = Place.METADATA;
        }
      }
      case EVENT_TYPE, EVENT_CATEGORY -> {
        if (value == null) {
          place = Place.LEFT_OUT;
        }
      }
      case METRICS -> {
        if (value != null && !(value instanceof Number)) {
          place = Place.METADATA;
          name = keyPlace.metadataName;
        }
      }
      default -> {}
    }
    places[index] = place;
    names[index] = name;
  }

  /** Whether a later pair takes the same place under the same name. */
  private boolean isOverridden(int index) {
    if (places[index] == Place.LEFT_OUT) {
      return false;
    }
    for (int later = index + 1; later < count; later++) {
      // Escaping maps distinct names to distinct bytes, so equal bytes mean the same name.
      if (places[later] == places[index] && Arrays.equals(names[later], names[index])) {
        return true;
      }
    }
    return false;
  }

  private boolean isExceptionField(int index) {
    return places[index] == Place.METADATA
        && (Arrays.equals(names[index], EXCEPTION_TYPE_NAME)
            || Arrays.equals(names[index], STACK_TRACE_NAME));
  }
}
