/**
 * Tiny, closed kernel every module may use: the acting user and its data scope, domain exceptions
 * free of HTTP, paging and the audit event.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.CLOSED)
package org.batterytown.shared;
