/**
 * The Pingding New Energy Battery Town as the Shanxi Daily article of 2023-06-19 describes it, loaded
 * into an empty database on first start; every figure cites the article and nothing is invented.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "project", "source", "stats", "plan", "chain :: model", "attraction", "incentive" })
package org.batterytown.demo;
