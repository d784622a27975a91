package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records a parameter of a {@link Span} method as a span attribute under a key of section 5.3:
 * namespaced ({@code jarvis.generation.model_id}) or an OpenTelemetry semantic-convention key the
 * processor knows ({@code http.route}, {@code db.operation.name}, {@code gen_ai.request.model}).
 * The privacy markers apply as on event fields: {@code @Anonymized @Attribute("client.address")}.
 *
 * <p>On a timed method, an attribute parameter is not a label of the histogram, unless it is also
 * marked {@link Label}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Attribute {
  /** The attribute key. */
  String value();
}
