/** Parks and professional towns: where enterprises settle and projects are built. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "source" })
package org.batterytown.park;
