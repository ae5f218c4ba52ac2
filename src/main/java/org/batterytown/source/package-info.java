/**
 * Where figures come from: published sources (title, publisher, date, link) and the citations that tie
 * a source to one figure of a park, enterprise or project.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.batterytown.source;
