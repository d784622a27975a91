package dev.jarvis.telemetry.processor.promql;

import java.util.List;

/** Reads a list of label matchers written on its own, as an SLO's error selector is. */
public final class LabelMatchers {
  private LabelMatchers() {}

  /**
   * The matchers of a text such as {@code status_code=~"5..", method="POST"}, with or without the
   * braces around it. It must name at least one label, and hold nothing but matchers.
   */
  public static List<LabelMatcher> parse(String text) throws PromQlSyntaxException {
    String braced = text.strip().startsWith("{") ? text : "{" + text + "}";
    ReferenceFinder finder = new ReferenceFinder(PromQlScanner.scan(braced));
    List<LabelMatcher> matchers = finder.matchers();
    if (!finder.atEnd()) {
      throw new PromQlSyntaxException("it holds more than label matchers", 0);
    }
    if (matchers.isEmpty()) {
      throw new PromQlSyntaxException("it names no label", 0);
    }
    return matchers;
  }
}
