package org.batterytown.feedback;

import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A project's tickets unanswered past their due day: how many, and the longest overdue in working days. */
public record ProjectOverdue(UUID projectId, @Nullable LocalizedText projectName, int tickets, int maxOverdueDays) {
}
