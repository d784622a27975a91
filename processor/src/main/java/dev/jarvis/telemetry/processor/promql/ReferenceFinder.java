package dev.jarvis.telemetry.processor.promql;

import dev.jarvis.telemetry.processor.promql.SeriesReferences.GroupingLabel;
import dev.jarvis.telemetry.processor.promql.SeriesReferences.Selector;
import dev.jarvis.telemetry.processor.promql.Token.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Walks the tokens of an expression and tells names apart by what follows them: a name before
 * {@code (} calls a function, a keyword before {@code (} opens a label list, and any other name is
 * a metric. Keywords and aggregation operators are matched in any case, as PromQL does.
 */
final class ReferenceFinder {
  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "unless", "bool", "offset", "atan2", "inf", "nan");
  private static final Set<String> LABEL_LIST_KEYWORDS =
      Set.of("by", "without", "on", "ignoring", "group_left", "group_right");
  private static final Set<String> AGGREGATIONS =
      Set.of(
          "sum",
          "avg",
          "count",
          "min",
          "max",
          "group",
          "stddev",
          "stdvar",
          "topk",
          "bottomk",
          "quantile",
          "count_values");

  /** The argument, counted from 0, that names the label a function adds. */
  private static final Map<String, Integer> ADDED_LABEL_ARGUMENT =
      Map.of("label_replace", 1, "label_join", 1, "count_values", 0);

  private final List<Token> tokens;
  private final List<Selector> selectors = new ArrayList<>();
  private final List<GroupingLabel> groupingLabels = new ArrayList<>();
  private final Set<String> addedLabels = new LinkedHashSet<>();
  private final Deque<Call> calls = new ArrayDeque<>();
  private String pendingCall = "";
  private int index;

  ReferenceFinder(List<Token> tokens) {
    this.tokens = tokens;
  }

  SeriesReferences find() throws PromQlSyntaxException {
    while (index < tokens.size()) {
      Token token = tokens.get(index);
      switch (token.kind()) {
        case IDENTIFIER -> name(token);
        case LEFT_BRACE -> {
          List<LabelMatcher> matchers = matchers();
          selectors.add(new Selector("", matchers, token.offset(), enclosingCall(), range()));
        }
        case LEFT_BRACKET -> skipRange();
        case LEFT_PAREN -> {
          calls.push(new Call(pendingCall));
          pendingCall = "";
          index++;
        }
        case RIGHT_PAREN -> {
          calls.pop();
          index++;
        }
        case COMMA -> {
          if (!calls.isEmpty()) {
            calls.peek().argument++;
          }
          index++;
        }
        case STRING -> {
          noteAddedLabel(token);
          index++;
        }
        default -> index++;
      }
    }
    return new SeriesReferences(
        List.copyOf(selectors), List.copyOf(groupingLabels), Set.copyOf(addedLabels));
  }

  /** Reads the matchers from the opening brace at the current token through its closing one. */
  List<LabelMatcher> matchers() throws PromQlSyntaxException {
    List<LabelMatcher> matchers = new ArrayList<>();
    index++;
    while (!current().is(Kind.RIGHT_BRACE)) {
      Token label = current();
      Token operator = tokenAt(index + 1);
      Token value = tokenAt(index + 2);
      if (!label.is(Kind.IDENTIFIER)
          || !operator.is(Kind.OPERATOR)
          || MatchOperator.of(operator.text()).isEmpty()
          || !value.is(Kind.STRING)) {
        throw new PromQlSyntaxException(
            "expected a label matcher such as status=\"ok\" at '" + label.text() + "'",
            label.offset());
      }
      matchers.add(
          new LabelMatcher(
              label.text(),
              MatchOperator.of(operator.text()).orElseThrow(),
              value.value(),
              label.offset()));
      index += 3;
      if (current().is(Kind.COMMA)) {
        index++;
      } else if (!current().is(Kind.RIGHT_BRACE)) {
        throw new PromQlSyntaxException(
            "expected ',' or '}' after a label matcher, found '" + current().text() + "'",
            current().offset());
      }
    }
    index++;
    return List.copyOf(matchers);
  }

  /** Whether every token has been read. */
  boolean atEnd() {
    return index >= tokens.size();
  }

  private void name(Token token) throws PromQlSyntaxException {
    String keyword = token.text().toLowerCase(Locale.ROOT);
    Token next = tokenAt(index + 1);
    if (LABEL_LIST_KEYWORDS.contains(keyword)) {
      index++;
      if (next.is(Kind.LEFT_PAREN)) {
        labelList(keyword);
      }
    } else if (KEYWORDS.contains(keyword)) {
      index++;
    } else if (AGGREGATIONS.contains(keyword)
        && next.is(Kind.IDENTIFIER)
        && LABEL_LIST_KEYWORDS.contains(next.text().toLowerCase(Locale.ROOT))) {
      // "sum by (x) (...)": the call's parenthesis comes after the label list.
      pendingCall = keyword;
      index++;
    } else if (next.is(Kind.LEFT_PAREN)) {
      pendingCall = token.text();
      index++;
    } else {
      index++;
      List<LabelMatcher> matchers =
          current().is(Kind.LEFT_BRACE) ? matchers() : List.<LabelMatcher>of();
      selectors.add(new Selector(token.text(), matchers, token.offset(), enclosingCall(), range()));
    }
  }

  private void labelList(String keyword) throws PromQlSyntaxException {
    index++;
    while (!current().is(Kind.RIGHT_PAREN)) {
      Token label = current();
      if (!label.is(Kind.IDENTIFIER)) {
        throw new PromQlSyntaxException(
            "expected a label name in the list after '"
                + keyword
                + "', found '"
                + label.text()
                + "'",
            label.offset());
      }
      groupingLabels.add(new GroupingLabel(label.text(), keyword, label.offset()));
      index++;
      if (current().is(Kind.COMMA)) {
        index++;
      } else if (!current().is(Kind.RIGHT_PAREN)) {
        throw new PromQlSyntaxException(
            "expected ',' or ')' in the list after '"
                + keyword
                + "', found '"
                + current().text()
                + "'",
            current().offset());
      }
    }
    index++;
  }

  private String enclosingCall() {
    return calls.isEmpty() ? "" : calls.peek().name;
  }

  /**
   * The range written at the current token, {@code [5m]}, as its text; empty when there is none or
   * it is a subquery's. The brackets are left for {@link #skipRange} to pass.
   */
  private String range() {
    if (!current().is(Kind.LEFT_BRACKET)) {
      return "";
    }
    StringBuilder range = new StringBuilder();
    for (int at = index + 1; at < tokens.size() && !tokenAt(at).is(Kind.RIGHT_BRACKET); at++) {
      if (tokenAt(at).is(Kind.COLON)) {
        return "";
      }
      range.append(tokenAt(at).text());
    }
    return range.toString();
  }

  /** Skips a range or subquery, {@code [5m]} or {@code [30m:1m]}, which names nothing. */
  private void skipRange() {
    while (index < tokens.size() && !current().is(Kind.RIGHT_BRACKET)) {
      index++;
    }
    index++;
  }

  private void noteAddedLabel(Token string) {
    if (calls.isEmpty()) {
      return;
    }
    Call call = calls.peek();
    Integer argument = ADDED_LABEL_ARGUMENT.get(call.name);
    if (argument != null && argument == call.argument) {
      addedLabels.add(string.value());
    }
  }

  private Token current() {
    return tokenAt(index);
  }

  /**
   * The token at an index; past the end, a token that matches nothing the finder looks for. The
   * scanner has balanced every bracket, so loops that look for a closing one never get there.
   */
  private Token tokenAt(int at) {
    if (at < tokens.size()) {
      return tokens.get(at);
    }
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).offset();
    return new Token(Kind.OPERATOR, "end of text", "", end);
  }

  /** An open parenthesis: the function or aggregation it calls, if any, and the argument at. */
  private static final class Call {
    final String name;
    int argument;

    Call(String name) {
      this.name = name;
    }
  }
}
