/**
 * The park's development plan: stages with dated targets (versioned), forecasts others have stated,
 * the actuals from the registry and the monthly statistics, and projections of where the registry
 * leads, deterministic and Monte Carlo, with the odds of meeting each target and the gap to it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "project",
		"chain", "chain :: model", "stats", "source" })
package org.batterytown.plan;
