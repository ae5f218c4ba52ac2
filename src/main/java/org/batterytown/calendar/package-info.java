/**
 * The working-day calendar the clocks of approvals and tickets count in: the State Council's holidays
 * and the weekend days work is moved to, seeded for the years their notices cover and kept by admins.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.batterytown.calendar;
