/**
 * Which open leads to pursue: a 0–1 programme solved by ojAlgo that maximises the expected
 * contribution within the standard land and the power available. Plain Java, no Spring.
 */
@org.jspecify.annotations.NullMarked
package org.batterytown.attraction.optimizer;
