package dev.jarvis.telemetry.processor.writing;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/** Picks local names in generated methods that cannot clash with the user's parameters. */
final class MethodNames {
  private MethodNames() {}

  /** {@code wanted}, with underscores appended until no parameter of the method has that name. */
  static String unused(ExecutableElement method, String wanted) {
    String name = wanted;
    while (isParameterName(method, name)) {
      name = name + "_";
    }
    return name;
  }

  private static boolean isParameterName(ExecutableElement method, String name) {
    for (VariableElement parameter : method.getParameters()) {
      if (parameter.getSimpleName().contentEquals(name)) {
        return true;
      }
    }
    return false;
  }
}
