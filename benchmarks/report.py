#!/usr/bin/env python3
"""Prints the ratios of a JMH JSON result: generated recorder against its baselines.

Usage: python3 report.py [target/jmh.json]

Each ratio's error adds the relative errors of its two scores (JMH's 99.9% intervals), a rough
bound that overstates the interval rather than understating it.
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
]


def main(path):
    with open(path) as file:
        results = json.load(file)
    # Scores by (threads, class, method); runs with -t 2 are reported apart from -t 1.
    scores = {}
    for result in results:
        cls, method = result["benchmark"].split(".")[-2:]
        metric = result["primaryMetric"]
        scores[(result["threads"], cls, method)] = (metric["score"], metric["scoreError"])
        print(f"{cls + '.' + method:<45} threads={result['threads']}  "
              f"{metric['score']:9.2f} ± {metric['scoreError']:6.2f} {metric['scoreUnit']}")
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


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/jmh.json")
