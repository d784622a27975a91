package dev.jarvis.sample.prefetch;

/**
 * A resource found short: its reading and the limit it crossed, both as shares from 0 to 1.
 *
 * @param resource the resource that is short
 * @param threshold the limit: the least available memory or battery, the most CPU load
 * @param currentValue the reading that crossed it
 */
record Shortage(ConstrainedResource resource, double threshold, double currentValue) {}
