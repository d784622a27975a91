package dev.jarvis.telemetry.processor.model;

import dev.jarvis.telemetry.annotations.Severity;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A burn-rate alert as the rules are written for it: declared, or one of the workbook's defaults
 * scaled to the SLO's window. Numbers are decimals, so that the rules show {@code 0.0144} and not
 * the binary neighbour of it.
 *
 * @param factor the burn rate
 * @param budget the fraction of the error budget spent in the long window at that rate
 * @param longWindow the long window
 * @param shortWindow the short window
 * @param severity the severity label
 */
public record BurnRateAlert(
    BigDecimal factor,
    BigDecimal budget,
    Duration longWindow,
    Duration shortWindow,
    Severity severity) {}
