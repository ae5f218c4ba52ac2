/**
 * Investment projects of enterprises in a park: capacity lines, phases, the lifecycle from plan to
 * nameplate with its stage log, milestones baseline vs actual, progress notes and cited sources.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "source", "audit" })
package org.batterytown.project;
