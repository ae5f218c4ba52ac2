/**
 * The lithium-battery chain in numbers: its links, the coefficients that tie each link to GWh of
 * cells, and the balance of a park's registered capacity against its anode link.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "project" })
package org.batterytown.chain;
