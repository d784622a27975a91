package dev.jarvis.telemetry.processor.validation;

import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/**
 * Every rule the processor enforces, with its stable ID and its message. A message states the rule
 * and what to write instead; its arguments are filled in with {@link String#format}. The table in
 * {@code docs/diagnostics.md} lists the same IDs.
 */
public enum Diagnostic {
  PROCESSOR_FAILURE(
      "G001",
      "the Jarvis processor failed on %s: %s. This is a bug in the processor; the element is left"
          + " without a recorder"),
  NOT_AN_INTERFACE_METHOD(
      "G002",
      "@%s is only allowed on abstract methods of an interface; move it to a method of a"
          + " subsystem interface"),
  UNANNOTATED_METHOD(
      "G003",
      "method %s of %s has no @JarvisMetric or @JarvisEvent, so its recorder cannot implement"
          + " it; annotate it or give it a default body"),
  GENERIC_METHOD(
      "G004",
      "method %s declares type parameters; a recorded value needs a fixed type: remove them"),
  INACCESSIBLE_INTERFACE(
      "G005",
      "interface %s is private; its recorder, generated beside it, cannot implement it: make it"
          + " package-private or public"),
  UNRESOLVED_TYPE("G006", "type %s of %s cannot be resolved; fix the missing import or dependency"),
  GENERIC_INTERFACE(
      "G007",
      "interface %s declares type parameters; a recorder implements one fixed interface: remove"
          + " them"),
  PRIVATE_TYPE(
      "G009",
      "type %s is not visible to the recorder generated beside the interface, because %s is"
          + " private: make it package-private or public"),
  RECORDER_NAME_TAKEN(
      "G010",
      "cannot write the recorder %s: %s. A recorder takes the name <Interface>Recorder; rename"
          + " the type that already has it"),
  METRIC_AND_EVENT(
      "G008",
      "method %s has both @JarvisMetric and @JarvisEvent; a method records one thing: declare"
          + " them on two methods"),

  NAME_NOT_SNAKE_CASE(
      "M001",
      "metric name '%s' must be lower snake_case ([a-z][a-z0-9_]*, no ':' and no double or"
          + " trailing '_'): write '%s'"),
  NAME_WITHOUT_PREFIX(
      "M002", "metric name '%s' must start with the application prefix '%s_': write '%s'"),
  UNDECLARED_SUBSYSTEM(
      "M003",
      "metric name '%s' must follow %s_{subsystem}_{metric}_{unit} with a declared subsystem"
          + " (%s); '%s' is not one: use one of them, or declare it with"
          + " -Ajarvis.subsystems=..."),
  COUNTER_WITHOUT_TOTAL("M004", "counter name '%s' must end in '_total': write '%s'"),
  TOTAL_ON_NON_COUNTER("M005", "only counters end in '_total'; %s '%s' must not: write '%s'"),
  NON_BASE_UNIT(
      "M006",
      "metric name '%s' uses the unit '%s'; metrics use base units (%s): write '%s' and record"
          + " the value %s"),
  RESERVED_SUFFIX(
      "M007",
      "metric name '%s' ends in '%s', which Prometheus reserves for the series it derives from"
          + " histograms and counters: write '%s'"),
  MISSING_HELP("M008", "metric '%s' needs a help text: set help = \"what it measures\""),
  DUPLICATE_METRIC(
      "M009",
      "metric '%s' is declared more than once in this compilation (%s); each name has one"
          + " definition: rename one or record both through one method"),
  NAME_WITHOUT_METRIC(
      "M010", "metric name '%s' has a subsystem but no metric part: write %s_%s_{metric}_{unit}"),
  TYPE_IN_NAME(
      "M011",
      "metric name '%s' repeats its type '%s'; the type is metadata, not part of the name:"
          + " write '%s'"),

  LABEL_NOT_SNAKE_CASE(
      "L001", "label name '%s' must be lower snake_case ([a-z][a-z0-9_]*): write '%s'"),
  RESERVED_LABEL(
      "L002",
      "label name '%s' is reserved by Prometheus (le, quantile and names starting with '__'):"
          + " choose another name with @Label"),
  TOO_MANY_LABELS(
      "L003",
      "metric '%s' has %d labels; at most %d keep a metric readable and its series bounded:"
          + " drop labels or split the metric"),
  UNSUPPORTED_LABEL_TYPE(
      "L004",
      "parameter '%s' of type %s cannot be a label; labels are enums, booleans, int codes or"
          + " Strings%s"),
  DUPLICATE_LABEL(
      "L005", "label '%s' appears twice in metric '%s'; rename one of them with @Label"),
  MANY_SERIES(
      "L006",
      "metric '%s' can have %d label combinations (%s); more than %d makes it costly to store and"
          + " query: split it or drop a label"),
  BAD_LABEL_VALUE("L007", "enum %s cannot supply the values of label '%s': %s"),

  IDENTIFIER_LABEL(
      "P001",
      "label '%s' puts a per-person or per-conversation identifier into metric series, hashed or"
          + " not; rule 11.3 keeps identifiers out of labels: record it on an event instead"),
  ADDRESS_LABEL(
      "P002",
      "label '%s' puts network addresses into metric series; rule 11.3 anonymizes client IPs and"
          + " keeps them out of labels: record it on an event instead"),
  CONTACT_LABEL(
      "P003",
      "label '%s' puts personal contact data into metric series; rule 11.3 excludes PII from"
          + " labels: record it, hashed, on an event instead"),
  FREE_TEXT_LABEL(
      "P004",
      "label '%s' puts free text into metric series; rule 11.3 keeps content and queries out of"
          + " labels: label with a closed category (an enum) and record a hash on an event"),

  UNHASHED_IDENTIFIER_FIELD(
      "P005",
      "field '%s' identifies a person or a conversation; rule 11.3 hashes identifiers: mark the"
          + " parameter @Hashed, and it is logged as %s_hash"),
  RAW_ADDRESS_FIELD(
      "P006",
      "field '%s' carries a client address; rule 11.3 anonymizes client IPs: mark the parameter"
          + " @Anonymized"),
  RAW_CONTACT_FIELD(
      "P007",
      "field '%s' carries personal contact data; rule 11.3 excludes PII: mark the parameter"
          + " @Hashed"),
  RAW_FREE_TEXT_FIELD(
      "P008",
      "field '%s' is free text that may carry message content; rule 11.3 truncates or hashes it:"
          + " mark the parameter @Truncated or @Hashed"),
  PREHASHED_FIELD(
      "P009",
      "field '%s' arrives already hashed, so the recorder cannot key the hash with the deployment"
          + " key: pass the raw value under the name without _hash and mark it @Hashed"),

  NON_FINITE_BUCKET(
      "B001", "bucket bound %s of '%s' is not finite; list finite bounds (+Inf is added for you)"),
  BUCKETS_NOT_INCREASING(
      "B002",
      "buckets of '%s' must be strictly increasing, but %s follows %s: sort them and drop"
          + " duplicates"),
  NON_POSITIVE_BUCKET(
      "B003",
      "bucket bound %s of '%s' is not positive; set nonPositiveBuckets = true if the value can"
          + " be zero or negative"),
  MISSING_BUCKETS(
      "B004",
      "histogram '%s' is not in seconds, so the default buckets (0.005 to 10 seconds) do not fit"
          + " it: declare buckets = {...}"),
  BUCKETS_ON_NON_HISTOGRAM("B005", "%s '%s' has buckets, which only histograms use: remove them"),

  MISSING_VALUE("S001", "%s '%s' needs the measured value: add a parameter marked @Value (%s)"),
  UNSUPPORTED_VALUE_TYPE("S002", "@Value parameter '%s' of %s '%s' has type %s; it must be %s"),
  SECOND_VALUE("S003", "parameter '%s' is a second @Value; a metric records one value per call"),
  UNSUPPORTED_RETURN_TYPE("S004", "method %s returns %s; recording methods return void%s"),
  EVENT_TYPE_FORMAT(
      "E001",
      "event type '%s' must be lower-case and dotted, subsystem.noun[.verb] (segments"
          + " [a-z][a-z0-9_]*, at least two): write '%s'"),
  EVENT_UNDECLARED_SUBSYSTEM(
      "E002",
      "event type '%s' starts with '%s', which is not a declared subsystem (%s): use one of"
          + " them, or declare it with -Ajarvis.subsystems=..."),
  DUPLICATE_EVENT(
      "E003",
      "event type '%s' is declared more than once in this compilation (%s); each type has one"
          + " definition: rename one or emit both through one method"),
  FIELD_NOT_SNAKE_CASE(
      "E004", "field name '%s' must be lower snake_case ([a-z][a-z0-9_]*): write '%s'"),
  DUPLICATE_FIELD(
      "E005",
      "field '%s' appears twice in event '%s' once privacy suffixes are added: rename one with"
          + " @Field"),
  UNSUPPORTED_FIELD_TYPE(
      "E006",
      "parameter '%s' of type %s cannot be an event field; fields are primitives and their"
          + " boxes, String, enums, Instant or Duration: pass one of those"),
  MARKER_NEEDS_TEXT(
      "E007", "@%s works on text, but parameter '%s' is %s: pass a String or remove the marker"),
  BAD_TRUNCATION_LENGTH(
      "E008", "@Truncated(maxLength = %d) on field '%s' must keep at least one character"),
  EVENT_NOT_VOID("E009", "event method %s returns %s; event methods return void"),

  DURATION_WITHOUT_SECONDS(
      "S005",
      "'%s' records a Duration, which is written in seconds, but its name has no '_seconds'"
          + " unit: write '%s'"),

  SLO_NAME_NOT_SNAKE_CASE(
      "O001",
      "SLO name '%s' must be lower snake_case ([a-z][a-z0-9_]*), as it becomes the slo label and"
          + " the start of its alert names: write '%s'"),
  OBJECTIVE_OUT_OF_RANGE(
      "O002",
      "objective %s of SLO '%s' must lie strictly between 0 and 1, the fraction of events that"
          + " must be good: write %s"),
  INVALID_SLO_DURATION(
      "O003",
      "%s '%s' of SLO '%s' is not a positive Prometheus duration: write whole numbers with the"
          + " units y, w, d, h, m, s or ms, largest first, such as '30d' or '1h30m'"),
  SLO_ON_GAUGE(
      "O004",
      "SLO '%s' is on gauge '%s', which records no good or bad events: put it on a counter (with"
          + " errors = \"...\") or a histogram (with latencyThreshold = ...), or watch the gauge"
          + " with an @Alert"),
  MISSING_SLI("O005", "SLO '%s' on %s '%s' must say which events are bad: set %s"),
  SLI_OF_OTHER_TYPE(
      "O006", "SLO '%s' sets %s, which only %s take; %s '%s' tells bad events by %s: remove %s"),
  THRESHOLD_NOT_A_BUCKET(
      "O007",
      "latency threshold %s of SLO '%s' is not a bucket bound of '%s' (%s), and Prometheus only"
          + " counts events per bound: use %s, or add %s to the buckets"),
  UNREADABLE_ERROR_SELECTOR(
      "O008",
      "errors selector '%s' of SLO '%s' cannot be read: %s. Write label matchers as inside"
          + " PromQL braces, joined by commas, such as status_code=~\"5..\""),
  UNKNOWN_SELECTOR_LABEL(
      "O009",
      "SLO '%s' picks its bad events by label '%s', which counter '%s' does not carry (%s):"
          + " select by one of its labels%s"),
  SELECTOR_MATCHES_NO_VALUE(
      "O010",
      "matcher %s of SLO '%s' accepts none of the values of label '%s' (%s), so the SLO would"
          + " never see a bad event: match one of them"),
  DUPLICATE_SLO(
      "O011",
      "SLO '%s' is declared more than once in this compilation (%s); its name keeps its rules and"
          + " alerts apart: rename one"),
  BURN_RATE_DISAGREES(
      "O012",
      "burn rate %sx disagrees with its budget: spending %s of a %s error budget in %s is a burn"
          + " rate of %s × %s / %s = %sx; write factor = %s, or budget = %s to keep %sx"),
  BURN_RATE_OUT_OF_RANGE(
      "O013",
      "%s = %s of a burn-rate alert of SLO '%s' is out of range: the factor must be positive and"
          + " the budget a fraction above 0 and at most 1"),
  BURN_WINDOWS_OUT_OF_ORDER(
      "O014",
      "burn-rate windows of SLO '%s' must satisfy 1m <= short window < long window, but they are"
          + " %s (short) and %s (long); the short window only confirms that the burn goes on, and"
          + " the workbook makes it a twelfth of the long one: write shortWindow = \"%s\""),
  DUPLICATE_BURN_WINDOWS(
      "O015",
      "SLO '%s' has two burn-rate alerts over %s and %s; an alert is told apart by its windows:"
          + " change or remove one"),
  SLO_WITHOUT_METRIC(
      "O016",
      "@Slo on %s measures the events of the @JarvisMetric on the same method, and there is"
          + " none: add @JarvisMetric or move the @Slo"),
  UNREACHABLE_BURN_RATE(
      "O017",
      "the %sx burn-rate alert of SLO '%s' can never fire: at objective %s it waits for an error"
          + " ratio above %s, and no ratio exceeds 1: declare burnRates with factors below %s"),

  ALERT_NOT_ON_INTERFACE(
      "A001",
      "@Alert belongs on a subsystem interface, next to the metrics it watches, but %s is not an"
          + " interface: move it to one"),
  ALERT_NAME_FORMAT(
      "A002",
      "alert name '%s' must be a CamelCase identifier ([A-Za-z][A-Za-z0-9]*), the form"
          + " Alertmanager routes and people search by: write '%s'"),
  DUPLICATE_ALERT(
      "A003",
      "alert '%s' is declared more than once in this compilation (%s); Alertmanager groups and"
          + " silences alerts by name: rename one"),
  ALERT_NAME_OF_SLO(
      "A004", "alert name '%s' is taken by an alert generated for SLO '%s': rename the @Alert"),
  UNREADABLE_EXPRESSION(
      "A005",
      "the expression of alert '%s' cannot be read at character %d: %s; write a PromQL"
          + " expression"),
  UNKNOWN_SERIES(
      "A006",
      "alert '%s' queries '%s', which no metric of this compilation exposes: write '%s', the"
          + " nearest series that exists, or declare the metric with @JarvisMetric"),
  NAME_PATTERN_MATCHES_NOTHING(
      "A007",
      "alert '%s' selects series by %s, which matches none of the series of this compilation:"
          + " fix the pattern, or declare the metric with @JarvisMetric"),
  UNKNOWN_LABEL_IN_EXPRESSION("A008", "alert '%s' uses label '%s', but %s (%s): %s"),
  MATCHER_MATCHES_NO_VALUE(
      "A009",
      "alert '%s' matches %s on '%s', but no value of label '%s' (%s) satisfies it, so the"
          + " selector returns nothing: match one of them"),
  INVALID_FOR_DURATION(
      "A010",
      "for-duration '%s' of alert '%s' is not a Prometheus duration: write whole numbers with the"
          + " units y, w, d, h, m, s or ms, such as '5m', or '0s' to fire at once"),
  BLANK_SUMMARY(
      "A011",
      "alert '%s' needs a summary, the line a responder reads first: set summary = \"what is"
          + " wrong\""),
  BAD_RUNBOOK_URL(
      "A012",
      "runbook URL '%s' of alert '%s' must be an absolute http or https URL: write"
          + " 'https://...'"),

  DASHBOARD_NOT_ON_INTERFACE(
      "D001",
      "@Dashboard belongs on an interface, beside the metrics it shows or on one of its own with"
          + " no methods, but %s is not an interface: move it to one"),
  DASHBOARD_UID_FORMAT(
      "D002",
      "dashboard uid '%s' must be 1 to 40 letters, digits, '-' or '_', the form Grafana keeps in"
          + " URLs and file names: write '%s'"),
  DUPLICATE_DASHBOARD_UID(
      "D003",
      "dashboard uid '%s' is declared more than once in this compilation (%s); Grafana tells"
          + " dashboards apart by uid: rename one"),
  DUPLICATE_DASHBOARD_TITLE(
      "D004",
      "dashboard title '%s' is declared more than once in this compilation (%s); Grafana refuses"
          + " two dashboards of one title in a folder: rename one"),
  BLANK_TITLE("D005", "%s needs a title, which Grafana shows and searches by: set title = \"...\""),
  INVALID_DASHBOARD_DURATION(
      "D006",
      "%s '%s' of dashboard '%s' is not a Grafana interval: write a whole number and one of the"
          + " units s, m, h, d or w, such as '30s' or '6h'%s"),
  UNKNOWN_UNIT(
      "D007",
      "unit '%s' of panel '%s' is not a Grafana unit id, and the panel would show bare numbers:"
          + " write '%s'%s"),
  PANEL_SIZE_OUT_OF_RANGE(
      "D008",
      "%s %d of panel '%s' does not fit Grafana's grid, which is 24 columns wide: write a width"
          + " of 1 to 24 and a height of at least 1"),
  PANEL_WITHOUT_QUERY(
      "D009", "panel '%s' has no query and would stay empty: add queries = @Query(expr = \"...\")"),
  UNREADABLE_QUERY(
      "D010",
      "the query of panel '%s' cannot be read at character %d: %s; write a PromQL expression, in"
          + " which $__rate_interval or $__range may stand for a range"),
  UNKNOWN_SERIES_IN_QUERY(
      "D011",
      "panel '%s' queries '%s', which no metric of this compilation exposes: write '%s', the"
          + " nearest series that exists, or declare the metric with @JarvisMetric"),
  QUERY_PATTERN_MATCHES_NOTHING(
      "D012",
      "panel '%s' selects series by %s, which matches none of the series of this compilation:"
          + " fix the pattern, or declare the metric with @JarvisMetric"),
  UNKNOWN_LABEL_IN_QUERY("D013", "panel '%s' uses label '%s', but %s (%s): %s"),
  QUERY_MATCHER_MATCHES_NO_VALUE(
      "D014",
      "panel '%s' matches %s on '%s', but no value of label '%s' (%s) satisfies it, so the query"
          + " returns nothing: match one of them"),
  COUNTER_OUTSIDE_RATE(
      "D015",
      "panel '%s' shows counter '%s' %s; a counter only grows, and falls to 0 when the process"
          + " restarts, so only its rate or increase means something: write"
          + " rate(%s[$__rate_interval])"),
  FIXED_RATE_RANGE(
      "D016",
      "panel '%s' takes %s of '%s' over [%s], a fixed range shorter than 1h that follows neither"
          + " the scrape interval nor the zoom: write [$__rate_interval] (a fixed range from 1h"
          + " up, such as [30d], is kept as a view over that window)"),
  PERCENT_UNIT_ON_RATIO(
      "D017",
      "panel '%s' shows '%s', a ratio from 0 to 1, in unit 'percent', which Grafana reads as 0 to"
          + " 100, so 45%% would show as 0.45%%: write unit = \"percentunit\""),

  SPAN_NAME_FORMAT(
      "T001",
      "span name '%s' must be lower-case dotted segments, such as 'generation.request', where a"
          + " segment may be a {parameter}: write the literal segments in lower snake_case"),
  UNKNOWN_PLACEHOLDER(
      "T002",
      "span name '%s' uses placeholder {%s}, but method %s has no parameter of that name: name"
          + " one of its parameters"),
  UNBOUNDED_PLACEHOLDER(
      "T003",
      "placeholder {%s} of span name '%s' is bound to a %s, which can make a span name per path"
          + " or identifier: pass an enum of the routes or operations instead"),
  UNKNOWN_ATTRIBUTE_KEY(
      "T004",
      "span attribute key '%s' is neither namespaced nor a known semantic-convention key: write"
          + " 'jarvis.<subsystem>.<name>' in lower snake_case, or one of %s"),
  UNSUPPORTED_ATTRIBUTE_TYPE(
      "T005",
      "parameter '%s' of type %s cannot be a span attribute; attributes are String, boolean,"
          + " int, long, double, their boxes or an enum, and only text takes @Anonymized or"
          + " @Truncated: pass one of those"),
  PERSONAL_ATTRIBUTE(
      "T006",
      "span attribute '%s' %s; rule 11.3 applies to span attributes as to event fields: %s"),
  SPAN_RETURN_TYPE("T007", "method %s returns %s; %s"),
  SPAN_LABEL_MISMATCH("T008", "the span and the metrics of %s disagree on labels: %s"),
  UNKNOWN_OUTCOME_COUNTER(
      "T009",
      "counter '%s' named by the span of %s is not a counter of %s: declare it there, with the"
          + " histogram's labels followed by an Outcome label, or remove counter"),
  SPAN_WITH_WRONG_METRIC(
      "T010",
      "@Span on %s '%s' cannot time it; a span is combined with a histogram in seconds without"
          + " @Value, whose duration the TimedOperation measures: %s"),
  UNBOUND_SPAN_PARAMETER(
      "T011",
      "parameter '%s' of span method %s is neither a placeholder of the span name nor an"
          + " @Attribute, so it would be dropped: mark it @Attribute(\"jarvis.<subsystem>.<name>\")"
          + " or remove it"),
  OPEN_TIMED_LABEL(
      "T012",
      "label '%s' of timed method %s is a %s; a timed operation resolves its series once, so"
          + " its labels are enums or booleans: pass an enum"),
  DUPLICATE_ATTRIBUTE_KEY(
      "T013", "span attribute key '%s' is set twice by %s: give each parameter its own key");

  private final String id;
  private final String format;

  Diagnostic(String code, String format) {
    this.id = "JARVIS-" + code;
    this.format = format;
  }

  /** The stable ID, such as {@code JARVIS-M004}. */
  public String id() {
    return id;
  }

  /** Whether the rule fails the build or only warns. */
  public Kind kind() {
    return this == MANY_SERIES || this == UNREACHABLE_BURN_RATE ? Kind.WARNING : Kind.ERROR;
  }

  /** The full message, prefixed with the ID in brackets. */
  public String message(Object... arguments) {
    return "[" + id + "] " + String.format(Locale.ROOT, format, arguments);
  }
}
