/**
 * The arithmetic of the figures as pure Java: reporting periods (month, quarter, year to date, year)
 * and growth on the full set and on the same set of enterprises (同口径), with those entering and
 * leaving shown apart. No Spring here, so the rules are tested with plain numbers.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("figures")
package org.batterytown.stats.figures;
