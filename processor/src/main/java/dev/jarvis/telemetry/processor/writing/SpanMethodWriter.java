package dev.jarvis.telemetry.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.jarvis.telemetry.processor.model.AttributeModel;
import dev.jarvis.telemetry.processor.model.FieldModel;
import dev.jarvis.telemetry.processor.model.MetricModel;
import dev.jarvis.telemetry.processor.model.PlaceholderModel;
import dev.jarvis.telemetry.processor.model.RecorderModel;
import dev.jarvis.telemetry.processor.model.SpanModel;
import dev.jarvis.telemetry.processor.reading.SnakeCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;

/**
 * Writes the span methods of a recorder. A templated name is expanded into every name it can take
 * once, so a call picks it by index; a timed method hands the histogram's point and the outcome
 * counter's two points to the runtime's handle. While the tracer is a no-op, no span builder is
 * made and no attribute value computed (a hash costs more than the rest of the call):
 *
 * <pre>{@code
 * private static final String[] QUERY_SPAN_NAMES =
 *     SpanNames.expand("db.query.{}.{}", DB_OPERATION_LABEL_VALUES, DB_TABLE_LABEL_VALUES);
 *
 * public TimedOperation query(DbOperation operation, DbTable table) {
 *   try {
 *     return TimedOperation.start(
 *         this.telemetry,
 *         "jarvis_db_query_duration_seconds",
 *         this.telemetry.tracesSpans()
 *             ? this.tracer.spanBuilder(QUERY_SPAN_NAMES[operation.ordinal() * 5 + table.ordinal()])
 *                 .setSpanKind(SpanKind.CLIENT)
 *                 .setAttribute("db.operation.name", ...)
 *             : null,
 *         this.jarvisDbQueryDurationSeconds[operation.ordinal() * 5 + table.ordinal()],
 *         this.jarvisDbQueriesTotal[(operation.ordinal() * 5 + table.ordinal()) * 2],
 *         this.jarvisDbQueriesTotal[(operation.ordinal() * 5 + table.ordinal()) * 2 + 1]);
 *   } catch (RuntimeException failure) {
 *     this.telemetry.recordingFailed("jarvis_db_query_duration_seconds", failure);
 *     return TimedOperation.NONE;
 *   }
 * }
 * }</pre>
 */
final class SpanMethodWriter {
  private static final ClassName TRACER = ClassName.get("io.opentelemetry.api.trace", "Tracer");
  private static final ClassName SPAN_KIND =
      ClassName.get("io.opentelemetry.api.trace", "SpanKind");
  private static final ClassName SPAN_NAMES =
      ClassName.get("dev.jarvis.telemetry.runtime.trace", "SpanNames");
  private static final ClassName TIMED_OPERATION =
      ClassName.get("dev.jarvis.telemetry.runtime.trace", "TimedOperation");
  private static final ClassName SPAN_SCOPE =
      ClassName.get("dev.jarvis.telemetry.runtime.trace", "SpanScope");

  private final RecorderModel recorder;
  private final LabelTables tables;
  private final Map<SpanModel, String> nameFields = new HashMap<>();

  SpanMethodWriter(RecorderModel recorder, LabelTables tables) {
    this.recorder = recorder;
    this.tables = tables;
    Set<String> taken = new HashSet<>();
    for (SpanModel span : recorder.spans()) {
      if (!span.placeholders().isEmpty()) {
        String base =
            SnakeCase.of(span.method().getSimpleName().toString()).toUpperCase(Locale.ROOT)
                + "_SPAN_NAMES";
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
          name = base + i;
        }
        nameFields.put(span, name);
      }
    }
  }

  /** The tracer, and the expanded names of every templated span. */
  List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    if (recorder.spans().isEmpty()) {
      return fields;
    }
    for (SpanModel span : recorder.spans()) {
      String field = nameFields.get(span);
      if (field != null) {
        CodeBlock valueTables =
            span.placeholders().stream()
                .map(placeholder -> CodeBlock.of("$N", tables.fieldFor(placeholder.enumType())))
                .collect(CodeBlock.joining(",$W"));
        fields.add(
            FieldSpec.builder(
                    String[].class, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(
                    "$T.expand($S,$W$L)", SPAN_NAMES, span.anonymousTemplate(), valueTables)
                .build());
      }
    }
    fields.add(FieldSpec.builder(TRACER, "tracer", Modifier.PRIVATE, Modifier.FINAL).build());
    return fields;
  }

  List<CodeBlock> constructorStatements() {
    return recorder.spans().isEmpty()
        ? List.of()
        : List.of(CodeBlock.of("this.tracer = telemetry.tracer();\n"));
  }

  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    for (SpanModel span : recorder.spans()) {
      methods.add(span.isTimed() ? timedMethod(span) : scopeMethod(span));
    }
    return methods;
  }

  private MethodSpec scopeMethod(SpanModel span) {
    String failure = MethodNames.unused(span.method(), "failure");
    return MethodSpec.overriding(span.method())
        .beginControlFlow("try")
        .beginControlFlow("if (!this.telemetry.tracesSpans())")
        .addStatement("return $T.NONE", SPAN_SCOPE)
        .endControlFlow()
        .addStatement(
            "return $T.start(this.telemetry,$W$S,$W$L)", SPAN_SCOPE, span.name(), builder(span))
        .nextControlFlow("catch ($T $N)", RuntimeException.class, failure)
        .addStatement("this.telemetry.recordingFailed($S,$W$N)", span.name(), failure)
        .addStatement("return $T.NONE", SPAN_SCOPE)
        .endControlFlow()
        .build();
  }

  private MethodSpec timedMethod(SpanModel span) {
    MetricModel histogram = span.histogram();
    String failure = MethodNames.unused(span.method(), "failure");
    CodeBlock histogramPoint =
        MetricMethodWriter.point(histogram, MetricMethodWriter.fieldName(histogram.name()), tables);
    CodeBlock successes = CodeBlock.of("null");
    CodeBlock errors = CodeBlock.of("null");
    if (!span.counter().isEmpty()) {
      String counter = MetricMethodWriter.fieldName(span.counter());
      CodeBlock series = MetricMethodWriter.seriesIndex(histogram);
      if (series == null) {
        successes = CodeBlock.of("this.$N[0]", counter);
        errors = CodeBlock.of("this.$N[1]", counter);
      } else {
        successes = CodeBlock.of("this.$N[($L) * 2]", counter, series);
        errors = CodeBlock.of("this.$N[($L) * 2 + 1]", counter, series);
      }
    }
    return MethodSpec.overriding(span.method())
        .beginControlFlow("try")
        .addStatement(
            "return $T.start(\nthis.telemetry,\n$S,\n$L,\n$L,\n$L,\n$L)",
            TIMED_OPERATION,
            histogram.name(),
            CodeBlock.of(
                "this.telemetry.tracesSpans()$>$>\n? $>$>$L$<$<\n: null$<$<", builder(span)),
            histogramPoint,
            successes,
            errors)
        .nextControlFlow("catch ($T $N)", RuntimeException.class, failure)
        .addStatement("this.telemetry.recordingFailed($S,$W$N)", histogram.name(), failure)
        .addStatement("return $T.NONE", TIMED_OPERATION)
        .endControlFlow()
        .build();
  }

  private CodeBlock builder(SpanModel span) {
    CodeBlock.Builder chain = CodeBlock.builder().add("this.tracer.spanBuilder($L)", name(span));
    if (!span.kind().equals("INTERNAL")) {
      chain.add("\n.setSpanKind($T.$L)", SPAN_KIND, span.kind());
    }
    for (AttributeModel attribute : span.attributes()) {
      chain.add("\n.setAttribute($S,$W$L)", attribute.key(), value(attribute.field()));
    }
    return chain.build();
  }

  private CodeBlock name(SpanModel span) {
    String field = nameFields.get(span);
    if (field == null) {
      return CodeBlock.of("$S", span.name());
    }
    List<CodeBlock> terms = new ArrayList<>();
    int stride = 1;
    List<PlaceholderModel> placeholders = span.placeholders();
    for (int i = placeholders.size() - 1; i >= 0; i--) {
      PlaceholderModel placeholder = placeholders.get(i);
      CodeBlock index =
          CodeBlock.of("$N.ordinal()", placeholder.parameter().getSimpleName().toString());
      terms.add(0, stride == 1 ? index : CodeBlock.of("$L * $L", index, stride));
      stride *= placeholder.values().size();
    }
    return CodeBlock.of("$N[$L]", field, CodeBlock.join(terms, "$W+ "));
  }

  private CodeBlock value(FieldModel field) {
    Optional<CodeBlock> safe = PrivacyCalls.of(field, CodeBlock.of("this.telemetry.privacy()"));
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
      case INTEGRAL:
        return castUnlessAlready(field, TypeKind.LONG, parameter);
      case FLOATING:
        return castUnlessAlready(field, TypeKind.DOUBLE, parameter);
      case BOOLEAN:
        return castUnlessAlready(field, TypeKind.BOOLEAN, parameter);
      default:
        return CodeBlock.of("$N", parameter);
    }
  }

  // The cast picks the attribute overload for an int or a box; on the exact primitive it would
  // only earn the user's build a redundant-cast warning.
  private static CodeBlock castUnlessAlready(
      FieldModel field, TypeKind primitive, String parameter) {
    return field.parameter().asType().getKind() == primitive
        ? CodeBlock.of("$N", parameter)
        : CodeBlock.of("($L) $N", primitive.name().toLowerCase(Locale.ROOT), parameter);
  }
}
