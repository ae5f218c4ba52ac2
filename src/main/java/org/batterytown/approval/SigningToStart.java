package org.batterytown.approval;

import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A project's working days from signing to construction start, the measure the reform is judged by.
 *
 * @param workingDays to the start, or so far while it has not started; {@literal null} without a signing date
 * @param started whether construction has started
 * @param mode the mode of its approval case, if it has one
 */
public record SigningToStart(UUID projectId, LocalizedText projectName, @Nullable LocalDate signedOn,
		@Nullable LocalDate startedOn, @Nullable Integer workingDays, boolean started, @Nullable ApprovalMode mode) {
}
