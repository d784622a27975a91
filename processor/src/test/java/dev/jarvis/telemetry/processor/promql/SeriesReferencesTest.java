package dev.jarvis.telemetry.processor.promql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jarvis.telemetry.processor.promql.SeriesReferences.GroupingLabel;
import dev.jarvis.telemetry.processor.promql.SeriesReferences.Selector;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scanner and finder must pick out exactly the series and labels an expression names: not the
 * functions, keywords, durations, numbers, strings or comments around them.
 */
class SeriesReferencesTest {

  @Test
  void findsTheSeriesOfTheRoadmapsHighErrorRate() throws PromQlSyntaxException {
    String expression =
        """
        (
          sum(rate(jarvis_api_requests_total{status_code=~"5.."}[5m]))
          /
          sum(rate(jarvis_api_requests_total[5m]))
        ) > 0.01
        """;

    SeriesReferences references = SeriesReferences.of(expression);

    assertThat(references.selectors())
        .containsExactly(
            new Selector(
                "jarvis_api_requests_total",
                List.of(
                    new LabelMatcher(
                        "status_code",
                        MatchOperator.MATCHES,
                        "5..",
                        expression.indexOf("status_code"))),
                expression.indexOf("jarvis_api_requests_total"),
                "rate",
                "5m"),
            new Selector(
                "jarvis_api_requests_total",
                List.of(),
                expression.lastIndexOf("jarvis_api_requests_total"),
                "rate",
                "5m"));
    assertThat(references.groupingLabels()).isEmpty();
  }

  @Test
  void notesTheFunctionAroundEachSelectorAndItsRange() throws PromQlSyntaxException {
    SeriesReferences references =
        SeriesReferences.ofGrafanaQuery(
            "sum by (le) (rate(a_bucket[$__rate_interval])) / count(b[1d]) + c"
                + " + max_over_time(rate(d[5m])[1h:1m])");

    assertThat(references.selectors())
        .extracting(Selector::name, Selector::function, Selector::range)
        .containsExactly(
            Tuple.tuple("a_bucket", "rate", "$__rate_interval"),
            Tuple.tuple("b", "count", "1d"),
            Tuple.tuple("c", "", ""),
            Tuple.tuple("d", "rate", "5m"));
  }

  @Test
  void grafanaVariablesAreReadOnlyInGrafanaQueriesAndOnlyAsRanges() {
    assertThatThrownBy(() -> SeriesReferences.of("rate(a[$__rate_interval])"))
        .isInstanceOf(PromQlSyntaxException.class)
        .hasMessage("unexpected character '$'");
    assertThatThrownBy(() -> SeriesReferences.ofGrafanaQuery("a > $threshold"))
        .isInstanceOf(PromQlSyntaxException.class)
        .hasMessage("unexpected character '$'");
  }

  @Test
  void skipsFunctionsKeywordsDurationsNumbersAndComments() throws PromQlSyntaxException {
    SeriesReferences references =
        SeriesReferences.of(
            """
            # a comment naming not_a_metric{x="y"}
            histogram_quantile(0.99, sum by (le, Endpoint) (rate(a_bucket[5m] offset -1h30m)))
              > bool 7e9 and on(job) group_left(instance) b @ start()
              unless avg_over_time(c[1h:5m]) > Inf or d != NaN + 0x1F * atan2 e
            """);

    assertThat(references.selectors())
        .extracting(Selector::name)
        .containsExactly("a_bucket", "b", "c", "d", "e");
    assertThat(references.groupingLabels())
        .extracting(GroupingLabel::label)
        .containsExactly("le", "Endpoint", "job", "instance");
    assertThat(references.groupingLabels())
        .extracting(GroupingLabel::keyword)
        .containsExactly("by", "by", "on", "group_left");
  }

  @Test
  void readsGroupingAfterTheAggregatedExpressionAndInAnyCase() throws PromQlSyntaxException {
    SeriesReferences references =
        SeriesReferences.of("SUM(rate(x_total[5m])) BY (method) / ignoring(code) y");

    assertThat(references.selectors()).extracting(Selector::name).containsExactly("x_total", "y");
    assertThat(references.groupingLabels())
        .extracting(GroupingLabel::label)
        .containsExactly("method", "code");
  }

  @Test
  void readsNamelessSelectorsAndTheirNameMatchers() throws PromQlSyntaxException {
    String expression = "count({__name__=~\"jarvis_api_.*\", job!=\"x\",})";

    Selector selector = SeriesReferences.of(expression).selectors().get(0);

    assertThat(selector.name()).isEmpty();
    assertThat(selector.nameMatchers())
        .containsExactly(
            new LabelMatcher(
                "__name__",
                MatchOperator.MATCHES,
                "jarvis_api_.*",
                expression.indexOf("__name__")));
    assertThat(selector.labelMatchers())
        .containsExactly(
            new LabelMatcher("job", MatchOperator.NOT_EQUAL, "x", expression.indexOf("job")));
  }

  @Test
  void keepsNamesWithColonsAndReadsSubqueryStepsApart() throws PromQlSyntaxException {
    SeriesReferences references =
        SeriesReferences.of(
            "max_over_time(slo:error_ratio:rate5m{slo=\"api\"}[1h:1m]) > :odd:name");

    assertThat(references.selectors())
        .extracting(Selector::name)
        .containsExactly("slo:error_ratio:rate5m", ":odd:name");
  }

  @Test
  void resolvesEscapesInEveryKindOfString() throws PromQlSyntaxException {
    SeriesReferences references =
        SeriesReferences.of("a{x=\"q\\\"\\\\\\n\\u00e9\\x41\\101\", y='it\\'s', z=`raw\\d`}");

    assertThat(references.selectors().get(0).matchers())
        .extracting(LabelMatcher::value)
        .containsExactly("q\"\\\né" + "AA", "it's", "raw\\d");
  }

  @Test
  void notesTheLabelsThatFunctionsAdd() throws PromQlSyntaxException {
    SeriesReferences references =
        SeriesReferences.of(
            "sum by (route) (label_replace(a, \"route\", \"$1\", \"endpoint\", \"(.*)\"))"
                + " + on(kind) count_values(\"kind\", b) + label_join(c, \"both\", \",\", \"x\")");

    assertThat(references.addedLabels()).containsExactlyInAnyOrder("route", "kind", "both");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "rate(x[5m]; 4; '(' is never closed",
        "x{a=\"b\"; 1; '{' is never closed",
        "rate(x[5m)); 9; ')' cannot close the '[' at 6",
        "x{a=\"b}; 4; the string is never closed",
        "x{a}; 2; expected a label matcher such as status=\"ok\" at 'a'",
        "x{a=\"b\" c=\"d\"}; 8; expected ',' or '}' after a label matcher, found 'c'",
        "sum by (1) (x); 8; expected a label name in the list after 'by', found '1'",
        "x > 5x; 4; '5x' is neither a number nor a duration",
        "x ! y; 2; unexpected character '!'",
        "x{a=\"\\q\"}; 5; unknown escape sequence '\\q'",
        "); 0; ')' closes nothing",
      })
  void reportsWhereAndWhyAnExpressionCannotBeRead(String expression, int offset, String reason) {
    assertThatThrownBy(() -> SeriesReferences.of(expression))
        .isInstanceOf(PromQlSyntaxException.class)
        .hasMessage(reason)
        .extracting(e -> ((PromQlSyntaxException) e).offset())
        .isEqualTo(offset);
  }

  @Test
  void readsAnErrorSelectorWithOrWithoutBraces() throws PromQlSyntaxException {
    List<LabelMatcher> bare = LabelMatchers.parse("status_code=~\"5..\", method=\"POST\"");
    List<LabelMatcher> braced = LabelMatchers.parse("{status_code=~\"5..\", method=\"POST\"}");

    assertThat(bare)
        .extracting(LabelMatcher::toPromQl)
        .containsExactly("status_code=~\"5..\"", "method=\"POST\"");
    assertThat(braced)
        .extracting(LabelMatcher::toPromQl)
        .containsExactly("status_code=~\"5..\"", "method=\"POST\"");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "'';it names no label",
        "status_code >= 500;expected a label matcher such as status=\"ok\" at 'status_code'",
        "{a=\"b\"} or x;it holds more than label matchers",
        "rate(x[5m]);expected a label matcher such as status=\"ok\" at 'rate'",
      })
  void rejectsAnErrorSelectorThatIsNotJustMatchers(String selector, String reason) {
    assertThatThrownBy(() -> LabelMatchers.parse(selector))
        .isInstanceOf(PromQlSyntaxException.class)
        .hasMessage(reason);
  }

  @Test
  void matchersAnchorTheirPatternsAsPrometheusDoes() {
    LabelMatcher fiveHundreds = new LabelMatcher("code", MatchOperator.MATCHES, "5..", 0);
    LabelMatcher broken = new LabelMatcher("code", MatchOperator.MATCHES, "5(", 0);

    assertThat(fiveHundreds.matches("503")).isTrue();
    assertThat(fiveHundreds.matches("5031")).isFalse();
    assertThat(broken.isJudgeable()).isFalse();
    assertThat(new LabelMatcher("code", MatchOperator.DOES_NOT_MATCH, "5..", 0).matches("200"))
        .isTrue();
  }
}
