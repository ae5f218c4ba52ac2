/**
 * The layout and overview pages, languages, number formats, error pages, the API's problem details and
 * the OpenAPI description. Uses module APIs only; no module depends on it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "project", "source", "audit", "chain", "stats", "plan", "retention" })
package org.batterytown.web;
