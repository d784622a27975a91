package dev.jarvis.sample.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * How the API spells its JSON: snake_case field names and lower-case enum values, as the roadmap's
 * examples do; absent values left out; and unknown request fields ignored, so that newer clients
 * keep working.
 */
public final class ApiJson {

  private ApiJson() {}

  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }
}
