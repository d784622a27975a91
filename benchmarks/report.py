#!/usr/bin/env python3
"""Prints the ratios of a JMH JSON result: generated recorder against its baselines.

Usage: python3 report.py [target/jmh.json]

Each ratio's error adds the relative errors of its two scores (JMH's 99.9% intervals), a rough
bound that overstates the interval rather than understating it. A result of a run with -prof gc
also shows the bytes allocated per operation, and is checked against the allocation goals.
"""
import json
import sys

# (benchmark class, numerator, denominator, goal as text, goal test or None)
RATIOS = [
    ("CounterBenchmark", "generatedRecorder", "cachedDataPoint", "<= 1.1", lambda r: r <= 1.1),
    ("CounterBenchmark", "labelValuesPerCall", "generatedRecorder", ">= 2", lambda r: r >= 2),
    ("HistogramBenchmark", "generatedRecorder", "cachedDataPoint", "<= 1.1", lambda r: r <= 1.1),
    # Diagnostic, no goal: the recorder against its own indexing written by hand.
    ("CounterBenchmark", "generatedRecorder", "handWrittenGrid", None, None),
    ("HistogramBenchmark", "generatedRecorder", "handWrittenGrid", None, None),
    # Diagnostic, no goal: a call site with constant labels against one held data point.
    ("CounterBenchmark", "generatedConstantLabels", "cachedOnePoint", None, None),
    ("HistogramBenchmark", "generatedConstantLabels", "cachedOnePoint", None, None),
    # A disabled event against the level check alone.
    ("DisabledEventBenchmark", "generatedRecorder", "isDebugEnabled", "<= 1.5", lambda r: r <= 1.5),
    # Diagnostic, no goal: the recorder against the same event guarded by hand, and with constant
    # arguments, which leaves out reading the token.
    ("DisabledEventBenchmark", "generatedRecorder", "handWrittenGuard", None, None),
    ("DisabledEventBenchmark", "generatedConstantArguments", "isDebugEnabled", None, None),
    # Time per line of the other encoders over the Jarvis encoder's: its throughput multiple.
    ("EncodedEventBenchmark", "logbackJsonEncoder", "jarvisEncoder", ">= 2", lambda r: r >= 2),
    ("EncodedEventBenchmark", "logstashEncoder", "jarvisEncoder", ">= 2", lambda r: r >= 2),
    # A span with its histogram and counter, against the same calls written by hand.
    ("TimedOperationBenchmark", "timedHandleWithSdk", "handWrittenWithSdk", "<= 1.1",
     lambda r: r <= 1.1),
    # Without an SDK: the handle's cost over the histogram alone.
    ("TimedOperationBenchmark", "timedHandleWithoutSdk", "histogramAlone", "<= 1.2",
     lambda r: r <= 1.2),
    # Diagnostic, no goal: the handle without the look at the global instance.
    ("TimedOperationBenchmark", "timedHandleGivenNoop", "histogramAlone", None, None),
    # Diagnostic, no goal: what a cache hit saves, what a miss adds, what the key costs.
    ("IdentifierHashingBenchmark", "keyedHash", "recentHashes", None, None),
    ("IdentifierHashingBenchmark", "recentHashesDistinct", "keyedHashDistinct", None, None),
    ("IdentifierHashingBenchmark", "keyedHash", "unkeyedHash", None, None),
]

# (benchmark class, method): allocates nothing per operation. The smallest object takes 16 bytes,
# so an average below 1 B/op means that no call allocates; JMH's own loop shows as a few 1e-4 B/op.
NO_ALLOCATION = [
    ("DisabledEventBenchmark", "generatedRecorder"),
    ("DisabledEventBenchmark", "handWrittenGuard"),
    ("DisabledEventBenchmark", "isDebugEnabled"),
]


def main(path):
    with open(path) as file:
        results = json.load(file)
    # Scores by (threads, class, method); runs with -t 2 are reported apart from -t 1.
    scores = {}
    allocations = {}
    for result in results:
        cls, method = result["benchmark"].split(".")[-2:]
        metric = result["primaryMetric"]
        scores[(result["threads"], cls, method)] = (metric["score"], metric["scoreError"])
        line = (f"{cls + '.' + method:<55} threads={result['threads']}  "
                f"{metric['score']:9.2f} ± {metric['scoreError']:6.2f} {metric['scoreUnit']}")
        allocated = result.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        if allocated:
            allocations[(result["threads"], cls, method)] = allocated["score"]
            line += f"  {allocated['score']:9.2f} B/op"
        print(line)
    print()
    for threads in sorted({key[0] for key in scores}):
        for cls, top, bottom, goal, met in RATIOS:
            if (threads, cls, top) not in scores or (threads, cls, bottom) not in scores:
                continue
            (a, a_err), (b, b_err) = scores[(threads, cls, top)], scores[(threads, cls, bottom)]
            ratio = a / b
            error = ratio * (a_err / a + b_err / b)
            line = f"threads={threads} {cls}: {top} / {bottom} = {ratio:.2f} ± {error:.2f}"
            if goal:
                line += f"  (goal {goal}: {'met' if met(ratio) else 'MISSED'})"
            print(line)
        for cls, method in NO_ALLOCATION:
            if (threads, cls, method) in allocations:
                allocated = allocations[(threads, cls, method)]
                met = "met" if allocated < 1 else "MISSED"
                print(f"threads={threads} {cls}: {method} allocates {allocated:.4f} B/op"
                      f"  (goal 0 B/op: {met})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/jmh.json")
