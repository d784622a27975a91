package dev.jarvis.telemetry.runtime.logging;

import dev.jarvis.telemetry.runtime.events.EventKeys;
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
 * <p>An instance keeps its arrays from one event to the next and is not thread-safe.
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

  static final String EXCEPTION_TYPE = "exception_type";
  static final String STACK_TRACE = "stack_trace";

  private Place[] places = new Place[16];
  private int[] nameStarts = new int[16];
  private int count;

  private int traceId;
  private int spanId;
  private int eventType;
  private int eventCategory;
  private boolean hasContext;
  private boolean hasMetrics;
  private boolean hasMetadata;

  /** Places the pairs of one event, which may be null; the previous event's places are dropped. */
  void sort(List<KeyValuePair> pairs, boolean hasThrowable) {
    count = pairs == null ? 0 : pairs.size();
    if (count > places.length) {
      places = Arrays.copyOf(places, count);
      nameStarts = Arrays.copyOf(nameStarts, count);
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
      if (isOverridden(pairs, i) || (hasThrowable && isExceptionField(pairs, i))) {
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

  /** Where the field name starts in the key of the pair at {@code index}. */
  int nameStart(int index) {
    return nameStarts[index];
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
    Place place;
    int nameStart = 0;
    if (key == null) {
      place = Place.LEFT_OUT;
    } else if (key.equals("trace_id")) {
      place =
          value instanceof CharSequence id && TraceId.isValid(id) ? Place.TRACE_ID : Place.METADATA;
    } else if (key.equals("span_id")) {
      place =
          value instanceof CharSequence id && SpanId.isValid(id) ? Place.SPAN_ID : Place.METADATA;
    } else if (key.equals(EventKeys.TYPE)) {
      place = value == null ? Place.LEFT_OUT : Place.EVENT_TYPE;
    } else if (key.equals(EventKeys.CATEGORY)) {
      place = value == null ? Place.LEFT_OUT : Place.EVENT_CATEGORY;
    } else if (key.startsWith(EventKeys.CONTEXT)) {
      place = Place.CONTEXT;
      nameStart = EventKeys.CONTEXT.length();
    } else if (key.startsWith(EventKeys.METRICS) && (value == null || value instanceof Number)) {
      place = Place.METRICS;
      nameStart = EventKeys.METRICS.length();
    } else if (key.startsWith(EventKeys.METADATA)) {
      place = Place.METADATA;
      nameStart = EventKeys.METADATA.length();
    } else {
      place = Place.METADATA;
    }
    places[index] = place;
    nameStarts[index] = nameStart;
  }

  /** Whether a later pair takes the same place under the same name. */
  private boolean isOverridden(List<KeyValuePair> pairs, int index) {
    if (places[index] == Place.LEFT_OUT) {
      return false;
    }
    for (int later = index + 1; later < count; later++) {
      if (places[later] == places[index] && sameName(pairs, index, later)) {
        return true;
      }
    }
    return false;
  }

  private boolean sameName(List<KeyValuePair> pairs, int first, int second) {
    String firstKey = pairs.get(first).key;
    String secondKey = pairs.get(second).key;
    int length = firstKey.length() - nameStarts[first];
    return length == secondKey.length() - nameStarts[second]
        && firstKey.regionMatches(nameStarts[first], secondKey, nameStarts[second], length);
  }

  private boolean isExceptionField(List<KeyValuePair> pairs, int index) {
    if (places[index] != Place.METADATA) {
      return false;
    }
    String key = pairs.get(index).key;
    int start = nameStarts[index];
    int length = key.length() - start;
    return (length == EXCEPTION_TYPE.length() && key.startsWith(EXCEPTION_TYPE, start))
        || (length == STACK_TRACE.length() && key.startsWith(STACK_TRACE, start));
  }
}
