/**
 * The chain's calculations as plain Java: no Spring, no database, time and data passed in, so every
 * figure can be recomputed by hand from the coefficients and the registry.
 */
@org.jspecify.annotations.NullMarked
package org.batterytown.chain.model;
