/**
 * The chain's calculations as plain Java: no Spring, no database, time and data passed in, so every
 * figure can be recomputed by hand from the coefficients and the registry.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("model")
package org.batterytown.chain.model;
