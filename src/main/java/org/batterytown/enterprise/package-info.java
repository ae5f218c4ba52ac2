/**
 * Enterprises of a park: credit code, names, group, roles in the battery chain, the chain leader.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "source", "audit" })
package org.batterytown.enterprise;
