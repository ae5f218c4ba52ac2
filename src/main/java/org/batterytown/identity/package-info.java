/**
 * Users, their roles and data scope (park, enterprise), login for pages and HTTP Basic for scripts.
 * Other modules see only {@link org.batterytown.shared.Actor}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "enterprise", "park" })
package org.batterytown.identity;
