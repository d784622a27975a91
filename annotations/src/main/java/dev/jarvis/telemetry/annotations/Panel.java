package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One panel of a {@link Dashboard}: what it shows, how, and in which unit. Its place on the grid
 * follows from the panels before it; only its size is declared.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Panel {

  /** The title shown above the panel. */
  String title();

  /** The visualization. */
  PanelType type();

  /**
   * A Grafana unit id, such as {@code "s"}, {@code "bytes"}, {@code "percentunit"} (a ratio 0-1),
   * {@code "reqps"} or {@code "short"} for a plain count; {@code "none"} says there is none.
   */
  String unit();

  /** The PromQL queries, one series set each. */
  Query[] queries();

  /** Width in grid columns, 1 to 24. */
  int width() default 12;

  /** Height in grid rows, at least 1. */
  int height() default 8;

  /** A line shown in the panel's info tooltip; none when empty. */
  String description() default "";
}
