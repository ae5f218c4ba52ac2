/**
 * Standard land (标准地): parcels with their outline, status and control indicators, the park map drawn
 * from the parcels' own GeoJSON, and the nameplate review (达产复核) that sets the indicators beside what
 * the registry and the statistics show.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "project",
		"stats", "stats :: figures" })
package org.batterytown.land;
