package dev.jarvis.telemetry.runtime.trace;

/**
 * Expands a span name template into every name it can take, so that a recorder picks a name by
 * index instead of concatenating strings on each call.
 */
public final class SpanNames {
  /** Marks a placeholder in a template passed to {@link #expand}. */
  public static final String PLACEHOLDER = "{}";

  private SpanNames() {}

  /**
   * The names of a template with one {@code {}} per value table, in row-major order: the name of
   * value indexes {@code i, j} of tables of sizes {@code m, n} is at {@code i * n + j}.
   */
  public static String[] expand(String template, String[]... valueTables) {
    String[] parts = template.split("\\{}", -1);
    if (parts.length != valueTables.length + 1) {
      throw new IllegalArgumentException(
          template + " has " + (parts.length - 1) + " placeholders for " + valueTables.length);
    }
    int size = 1;
    for (String[] table : valueTables) {
      size *= table.length;
    }
    String[] names = new String[size];
    for (int index = 0; index < size; index++) {
      String[] values = new String[valueTables.length];
      int rest = index;
      for (int table = valueTables.length - 1; table >= 0; table--) {
        values[table] = valueTables[table][rest % valueTables[table].length];
        rest /= valueTables[table].length;
      }
      StringBuilder name = new StringBuilder(parts[0]);
      for (int i = 0; i < values.length; i++) {
        name.append(values[i]).append(parts[i + 1]);
      }
      names[index] = name.toString();
    }
    return names;
  }
}
