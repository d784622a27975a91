package dev.jarvis.telemetry.processor.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The naming conventions of one compilation: the application prefix and the subsystems metric names
 * may use. Both come from processor options and default to the roadmap's appendix 11.1.
 *
 * @param prefix the application prefix, without the trailing underscore
 * @param subsystems the declared subsystems
 */
public record Conventions(String prefix, List<String> subsystems) {

  /** The option that sets the prefix, such as {@code -Ajarvis.prefix=jarvis}. */
  public static final String PREFIX_OPTION = "jarvis.prefix";

  /** The option that lists the subsystems, such as {@code -Ajarvis.subsystems=api,db}. */
  public static final String SUBSYSTEMS_OPTION = "jarvis.subsystems";

  /** The subsystems of appendix 11.1. */
  public static final List<String> DEFAULT_SUBSYSTEMS =
      List.of(
          "api",
          "model",
          "generation",
          "prefetch",
          "scheduler",
          "websocket",
          "classifier",
          "db",
          "health");

  public static Conventions fromOptions(Map<String, String> options) {
    String prefix = options.getOrDefault(PREFIX_OPTION, "jarvis").trim();
    String subsystems = options.get(SUBSYSTEMS_OPTION);
    return new Conventions(
        prefix,
        subsystems == null
            ? DEFAULT_SUBSYSTEMS
            : Arrays.stream(subsystems.split(","))
                .map(String::trim)
                .filter(subsystem -> !subsystem.isEmpty())
                .toList());
  }
}
