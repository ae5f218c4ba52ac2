/**
 * Where the data lives: an embedded PostgreSQL in the data directory by default, or the server named
 * by {@code SPRING_DATASOURCE_URL}. No other module depends on it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.batterytown.database;
