package dev.jarvis.telemetry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.jarvis.telemetry.processor.validation.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/diagnostics.md} and the {@link Diagnostic} enum in step: a user who reads an ID
 * in a compiler message finds its row, and the table lists no rule the processor lacks.
 */
class DiagnosticsTableTest {

  /** The table, relative to the processor module, where Maven runs its tests. */
  private static final Path TABLE = Path.of("../docs/diagnostics.md");

  private static final Pattern ID = Pattern.compile("JARVIS-[A-Z][0-9]{3}");

  private static List<String> lines;

  @BeforeAll
  static void readTable() throws IOException {
    lines = Files.readAllLines(TABLE);
  }

  @Test
  void tableNamesExactlyTheIdsOfTheEnum() {
    Set<String> documented =
        lines.stream()
            .flatMap(line -> ID.matcher(line).results())
            .map(MatchResult::group)
            .collect(Collectors.toSet());

    assertThat(documented)
        .containsExactlyElementsIn(
            Arrays.stream(Diagnostic.values()).map(Diagnostic::id).collect(Collectors.toSet()));
  }

  @Test
  void everyIdHasOneRowWithRuleExampleAndFix() {
    for (Diagnostic diagnostic : Diagnostic.values()) {
      List<String> rows =
          lines.stream()
              .filter(line -> line.startsWith("| " + diagnostic.id() + " |"))
              .collect(Collectors.toList());

      assertWithMessage(diagnostic.id()).that(rows).hasSize(1);
      assertWithMessage(diagnostic.id()).that(cells(rows.get(0))).hasSize(4);
    }
  }

  @Test
  void warningsAreMarkedAsSuch() {
    for (Diagnostic diagnostic : Diagnostic.values()) {
      String row =
          lines.stream()
              .filter(line -> line.startsWith("| " + diagnostic.id() + " |"))
              .findFirst()
              .orElseThrow();

      assertWithMessage(diagnostic.id())
          .that(cells(row).get(1).startsWith("Warning:"))
          .isEqualTo(diagnostic.kind() == Kind.WARNING);
    }
  }

  /** The cells of a table row, trimmed; no cell of the table contains a '|'. */
  private static List<String> cells(String row) {
    return Arrays.stream(row.substring(1, row.length() - 1).split("\\|"))
        .map(String::trim)
        .collect(Collectors.toList());
  }
}
