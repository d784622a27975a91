package dev.jarvis.telemetry.processor.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reads the values an enum is recorded as: {@code @LabelValue} on a constant, or its name in lower
 * case. Metric labels and event fields write enums the same way.
 */
final class EnumLabelValues {
  private final Annotations annotations;

  EnumLabelValues(Annotations annotations) {
    this.annotations = annotations;
  }

  /** The values in ordinal order; what is wrong with them is added to {@code problems}. */
  List<String> of(TypeElement enumType, List<String> problems) {
    List<String> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Element constant : enumType.getEnclosedElements()) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String value =
          Annotations.find(constant, TypeNames.LABEL_VALUE)
              .map(mirror -> (String) annotations.value(mirror, "value").getValue())
              .orElse(constant.getSimpleName().toString().toLowerCase(Locale.ROOT));
      if (value.isEmpty()) {
        problems.add("constant " + constant.getSimpleName() + " has an empty @LabelValue");
      } else if (!seen.add(value)) {
        problems.add(
            "constant " + constant.getSimpleName() + " repeats the label value '" + value + "'");
      }
      values.add(value);
    }
    if (values.isEmpty()) {
      problems.add("it has no constants");
    }
    return values;
  }
}
