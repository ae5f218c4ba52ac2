/**
 * Full-agency approval cases (全代办) under the commitment system (承诺制): per project a team (lead agent,
 * town co-agent, department officers) and a checklist generated from the item catalogue in one action;
 * each item on a clock in working days; items done by the enterprise's commitment followed by a dated
 * post-check; and the working days from signing to construction start, compared across projects.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "project", "calendar" })
package org.batterytown.approval;
