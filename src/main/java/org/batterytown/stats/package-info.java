/**
 * Monthly enterprise statistics: each enterprise's monthly report through review (审核), imports, the
 * figures by park, chain link and enterprise with year-on-year on the full and the same set, the
 * industry's annual figures, month-end snapshots and the monthly dispatch report (调度报告).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "project",
		"chain", "chain :: model", "source", "feedback" })
package org.batterytown.stats;
