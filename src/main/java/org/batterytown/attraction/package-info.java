/**
 * Investment promotion (招商引资): leads under confidential code names through their stages to a signed
 * and registered deal, each stage change logged and gated by what it needs; a registered deal handed
 * over to the project registry from the lead's own data.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "project", "chain",
		"chain :: model", "plan", "plan :: projection", "source" })
package org.batterytown.attraction;
