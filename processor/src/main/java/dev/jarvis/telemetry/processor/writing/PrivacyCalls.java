package dev.jarvis.telemetry.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.jarvis.telemetry.processor.model.FieldModel;
import java.util.Optional;

/**
 * The call that makes a marked value safe to record, the same for an event field and a span
 * attribute: a hash, an anonymized address or a truncated text (appendix 11.3).
 */
final class PrivacyCalls {
  private PrivacyCalls() {}

  /**
   * The expression for {@code field}'s parameter, or empty when it carries no privacy marker.
   *
   * @param privacy how the recorder reaches its {@code Privacy}
   */
  static Optional<CodeBlock> of(FieldModel field, CodeBlock privacy) {
    String parameter = field.parameter().getSimpleName().toString();
    switch (field.privacy()) {
      case HASHED:
        return Optional.of(CodeBlock.of("$L.hash($N)", privacy, parameter));
      case ANONYMIZED:
        return Optional.of(CodeBlock.of("$L.anonymizeAddress($N)", privacy, parameter));
      case TRUNCATED:
        return Optional.of(
            CodeBlock.of(
                "$T.truncate($N, $L)", RuntimeTypes.PRIVACY, parameter, field.maxLength()));
      default:
        return Optional.empty();
    }
  }
}
