package org.batterytown.plan.projection;

/**
 * A series over the scenarios month by month: its 10th, 50th and 90th percentile. Values are kept at
 * float precision (about seven significant digits) while a run collects them.
 *
 * @param series what the series is: {@code capacity:<LINK>[:toll]}, {@code outputValue} or
 *     {@code electricity} by month, or {@code annualOutputValue} by calendar year of the timeline (kept
 *     at double precision)
 */
public record Fan(String series, double[] p10, double[] p50, double[] p90) {
}
