package dev.jarvis.telemetry.runtime.logging;

import dev.jarvis.telemetry.runtime.events.EventKeys;
import dev.jarvis.telemetry.runtime.logging.EntryFields.Place;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Works out once per key of a key-value pair the place its prefix gives the pair and its member
 * names as escaped UTF-8, so that encoding an event neither compares nor escapes keys. Generated
 * recorders pass the same constant keys on every call, so a small map answers nearly every lookup.
 *
 * <p>The map is bounded, so that keys an application builds at run time, with an id in them say,
 * cannot grow it without limit: once it is full, and for keys too long to be worth holding, a key
 * is worked out again for each event. It is safe for concurrent use, as one encoder serves every
 * thread.
 */
final class KeyPlaces {
  /** Many times the distinct keys that the events of one service declare. */
  private static final int MAX_KEYS = 2048;

  /** Keeps a full map small even when every key in it is long and needs escapes. */
  private static final int MAX_KEY_LENGTH = 128;

  private final ConcurrentHashMap<String, KeyPlace> places = new ConcurrentHashMap<>();

  /** The place of a non-null {@code key}. */
  KeyPlace of(String key) {
    KeyPlace known = places.get(key);
    if (known != null) {
      return known;
    }
    KeyPlace place = KeyPlace.of(key);
    // Under contention size() lags, so the map may outgrow its bound by a few keys.
    if (key.length() <= MAX_KEY_LENGTH && places.size() < MAX_KEYS) {
      places.putIfAbsent(key, place);
    }
    return place;
  }

  /**
   * Where a key puts its pair by its prefix alone, if the value suits that place, and under which
   * member names; {@link EntryFields} checks the value.
   */
  static final class KeyPlace {
    /** The place of the pair when its value suits it; never {@link Place#LEFT_OUT}. */
    final Place place;

    /** The member name in {@link #place}, as {@code "name":}. */
    final byte[] name;

    /**
     * For {@link Place#METRICS}, the whole key as member name, under which a metric whose value is
     * no number goes to metadata; for any other place the same as {@link #name}.
     */
    final byte[] metadataName;

    private KeyPlace(Place place, String key, int nameStart) {
      this.place = place;
      this.name = JsonWriter.encode(json -> json.name(key, nameStart));
      this.metadataName = place == Place.METRICS ? JsonWriter.encode(json -> json.name(key)) : name;
    }

    private static KeyPlace of(String key) {
      if (key.equals(EntryFields.TRACE_ID)) {
        return new KeyPlace(Place.TRACE_ID, key, 0);
      }
      if (key.equals(EntryFields.SPAN_ID)) {
        return new KeyPlace(Place.SPAN_ID, key, 0);
      }
      if (key.equals(EventKeys.TYPE)) {
        return new KeyPlace(Place.EVENT_TYPE, key, 0);
      }
      if (key.equals(EventKeys.CATEGORY)) {
        return new KeyPlace(Place.EVENT_CATEGORY, key, 0);
      }
      if (key.startsWith(EventKeys.CONTEXT)) {
        return new KeyPlace(Place.CONTEXT, key, EventKeys.CONTEXT.length());
      }
      if (key.startsWith(EventKeys.METRICS)) {
        return new KeyPlace(Place.METRICS, key, EventKeys.METRICS.length());
      }
      if (key.startsWith(EventKeys.METADATA)) {
        return new KeyPlace(Place.METADATA, key, EventKeys.METADATA.length());
      }
      return new KeyPlace(Place.METADATA, key, 0);
    }
  }
}
