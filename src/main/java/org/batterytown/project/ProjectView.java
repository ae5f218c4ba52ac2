package org.batterytown.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.park.ParkId;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A project as pages and the API read it. Unknown figures are {@literal null}; the allowed
 * transitions are what the stage buttons offer.
 */
public record ProjectView(ProjectId id, ParkId parkId, EnterpriseId enterpriseId, LocalizedText name,
		@Nullable BigDecimal totalInvestment, ProjectStage stage, List<ProjectStage> allowedTransitions,
		@Nullable String description, Instant createdAt, List<Line> capacityLines, List<PhaseState> phases,
		List<LogEntry> stageLog, List<MilestoneState> milestones, List<Note> notes, long version) {

	/** A capacity line; {@code nameplate} is {@literal null} where it was not disclosed. */
	public record Line(Product product, CapacityUnit unit, @Nullable BigDecimal nameplate, ProductForm form) {
	}

	/** A phase with its own stage and the stages it may move to. */
	public record PhaseState(int phaseNo, LocalizedText name, ProjectStage stage,
			List<ProjectStage> allowedTransitions) {
	}

	/** A stage reached; {@code phaseNo} {@literal null} for the project itself. */
	public record LogEntry(ProjectStage stage, @Nullable Integer phaseNo, Instant at, String username,
			@Nullable String note) {
	}

	/**
	 * A milestone; {@code slippageDays} is actual minus baseline, or days overdue today, or
	 * {@literal null} without a baseline.
	 */
	public record MilestoneState(MilestoneKind kind, @Nullable LocalDate plannedDate, @Nullable LocalDate actualDate,
			@Nullable Long slippageDays) {
	}

	public record Note(Instant at, String username, String text) {
	}

	public StageGroup stageGroup() {
		return stage.group();
	}

}
