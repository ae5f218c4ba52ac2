/**
 * Incentives: the policy library (e.g. the preferential power price for strategic emerging industries,
 * its benefit per enterprise and month from the reported electricity), case-by-case deals (一事一议) that
 * are signed only with their legal basis and a fair-competition review record, and the two-sided ledger
 * of each deal's commitments, checked against the registry and the statistics, with the clawback of a
 * missed obligation.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "project",
		"stats", "stats :: figures" })
package org.batterytown.incentive;
