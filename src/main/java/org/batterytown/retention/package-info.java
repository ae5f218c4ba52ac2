/**
 * Keeping and growing the enterprises already here (留得住、育得好), business retention and expansion:
 * visits with the problems raised (each becomes a business-environment ticket or a follow-up task) and
 * the promises made; a visit plan per enterprise; a versioned survey whose red-flag answers open
 * follow-ups; each enterprise's health computed from the statistics, tickets, commitments and red
 * flags, ranked for early warning; expansions turned into leads attributed to their enterprise; and
 * the enterprises' suppliers and customers, those not in the park offered to the target list.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "project", "stats",
		"stats :: figures", "feedback", "attraction", "calendar", "incentive", "chain", "chain :: model" })
package org.batterytown.retention;
