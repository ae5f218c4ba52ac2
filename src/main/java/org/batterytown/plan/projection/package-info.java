/**
 * The plan's projections as pure Java: from each project's milestones, ramp-up and the market's price
 * and utilization paths to monthly capacity, production, output value and electricity per chain link,
 * once with the planned dates (deterministic) and over many scenarios with delays, cancellations and
 * market moves drawn from their distributions (Monte Carlo). No Spring and no database: the random
 * streams and the current month are passed in, so a run is reproduced from its seed.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("projection")
package org.batterytown.plan.projection;
