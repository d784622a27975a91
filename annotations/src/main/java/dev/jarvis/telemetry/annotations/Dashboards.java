package dev.jarvis.telemetry.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Holds the {@link Dashboard} annotations of an interface that has several; javac writes it. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Dashboards {
  /** The dashboards in declaration order. */
  Dashboard[] value();
}
