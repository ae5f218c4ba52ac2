/** Who changed what, when: field-level history of every audited aggregate. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.batterytown.audit;
