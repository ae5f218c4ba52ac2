/**
 * Business-environment tickets (营商环境诉求): an enterprise files one, the zone routes it to a
 * department, the department answers within the category's working days, the enterprise rates the
 * answer or reopens the ticket; statistics per department; attachments with type and size limits.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "park", "enterprise", "project",
		"calendar" })
package org.batterytown.feedback;
