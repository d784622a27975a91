package dev.jarvis.telemetry.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.jarvis.telemetry.annotations.EventLevel;
import dev.jarvis.telemetry.processor.model.EventModel;
import dev.jarvis.telemetry.processor.model.FieldModel;
import dev.jarvis.telemetry.processor.model.Privacy;
import dev.jarvis.telemetry.processor.model.RecorderModel;
import dev.jarvis.telemetry.processor.model.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the event methods of a recorder. Each one checks its level first, so that a disabled event
 * costs one branch and no allocation, then logs through SLF4J's fluent API. The level check is
 * inside the {@code try} too, because a logging backend runs its filters there and a failing one
 * must not reach the application:
 *
 * <pre>{@code
 * try {
 *   if (GENERATION_EVENTS.isInfoEnabled()) {
 *     GENERATION_EVENTS.atInfo()
 *         .setMessage("Generation completed")
 *         .addKeyValue(EventKeys.TYPE, "generation.complete")
 *         .addKeyValue(EventKeys.CATEGORY, "model_inference")
 *         .addKeyValue("context.request_id", requestId)
 *         .addKeyValue("metrics.tokens_generated", tokensGenerated)
 *         .log();
 *   }
 * } catch (RuntimeException failure) {
 *   this.telemetry.eventFailed("generation.complete", failure);
 * }
 * }</pre>
 */
final class EventMethodWriter {
  private final RecorderModel recorder;
  private final LabelTables tables;
  private final Map<String, String> loggerFields = new LinkedHashMap<>();
  private final boolean needsPrivacy;

  EventMethodWriter(RecorderModel recorder, LabelTables tables) {
    this.recorder = recorder;
    this.tables = tables;
    boolean privacy = false;
    for (EventModel event : recorder.events()) {
      loggerFields.computeIfAbsent(
          event.subsystem(), subsystem -> subsystem.toUpperCase(Locale.ROOT) + "_EVENTS");
      for (FieldModel field : event.fields()) {
        privacy |= field.privacy() == Privacy.HASHED || field.privacy() == Privacy.ANONYMIZED;
      }
    }
    this.needsPrivacy = privacy;
  }

  /** One logger per subsystem, named {@code jarvis.<subsystem>}, and the privacy operations. */
  List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    loggerFields.forEach(
        (subsystem, field) ->
            fields.add(
                FieldSpec.builder(
                        RuntimeTypes.LOGGER,
                        field,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer(
                        "$T.getLogger($S)", RuntimeTypes.LOGGER_FACTORY, "jarvis." + subsystem)
                    .build()));
    if (needsPrivacy) {
      fields.add(
          FieldSpec.builder(RuntimeTypes.PRIVACY, "privacy", Modifier.PRIVATE, Modifier.FINAL)
              .build());
    }
    return fields;
  }

  List<CodeBlock> constructorStatements() {
    return needsPrivacy
        ? List.of(CodeBlock.of("this.privacy = telemetry.privacy();\n"))
        : List.of();
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    for (EventModel event : recorder.events()) {
      methods.add(method(event));
    }
    return methods;
  }

  private MethodSpec method(EventModel event) {
    String logger = loggerFields.get(event.subsystem());
    String failure = MethodNames.unused(event.method(), "failure");
    boolean critical = event.level() == EventLevel.CRITICAL;
    String level = levelName(event.level());

    CodeBlock.Builder chain = CodeBlock.builder().add("$N.at$L()", logger, level);
    if (critical) {
      chain.add("\n.addMarker($T.CRITICAL)", RuntimeTypes.EVENT_KEYS);
    }
    chain.add("\n.setMessage($L)", JavaLiterals.of(event.message()));
    chain.add("\n.addKeyValue($T.TYPE, $S)", RuntimeTypes.EVENT_KEYS, event.type());
    chain.add(
        "\n.addKeyValue($T.CATEGORY, $L)",
        RuntimeTypes.EVENT_KEYS,
        JavaLiterals.of(event.category()));
    for (FieldModel field : event.fields()) {
      chain.add(
          "\n.addKeyValue($S,$W$L)",
          field.section().keyPrefix() + field.emittedName(),
          value(field));
      if (field.privacy() == Privacy.TRUNCATED) {
        chain.add(
            "\n.addKeyValue($S, $T.length($N))",
            Section.METRICS.keyPrefix() + field.lengthName(),
            RuntimeTypes.PRIVACY,
            field.parameter().getSimpleName());
      }
    }
    chain.add("\n.log()");

    CodeBlock enabled =
        critical
            ? CodeBlock.of("$N.isErrorEnabled($T.CRITICAL)", logger, RuntimeTypes.EVENT_KEYS)
            : CodeBlock.of("$N.is$LEnabled()", logger, level);
    return MethodSpec.overriding(event.method())
        .beginControlFlow("try")
        .beginControlFlow("if ($L)", enabled)
        .addStatement("$L", chain.build())
        .endControlFlow()
        .nextControlFlow("catch ($T $N)", RuntimeException.class, failure)
        .addStatement("this.telemetry.eventFailed($S,$W$N)", event.type(), failure)
        .endControlFlow()
        .build();
  }

  private CodeBlock value(FieldModel field) {
    Optional<CodeBlock> safe = PrivacyCalls.of(field, CodeBlock.of("this.privacy"));
    if (safe.isPresent()) {
      return safe.get();
    }
    String parameter = field.parameter().getSimpleName().toString();
    switch (field.kind()) {
      case ENUM:
        return CodeBlock.of(
            "$T.label($N, $N)",
            RuntimeTypes.EVENT_VALUES,
            tables.fieldFor(field.enumType()),
            parameter);
      case DURATION:
        return CodeBlock.of("$T.millis($N)", RuntimeTypes.EVENT_VALUES, parameter);
      case INSTANT:
        return CodeBlock.of("$T.iso($N)", RuntimeTypes.EVENT_VALUES, parameter);
      default:
        return CodeBlock.of("$N", parameter);
    }
  }

  private static String levelName(EventLevel level) {
    switch (level) {
      case DEBUG:
        return "Debug";
      case INFO:
        return "Info";
      case WARNING:
        return "Warn";
      default:
        return "Error";
    }
  }
}
