package org.batterytown.project;

import java.util.Arrays;
import java.util.List;

/**
 * Where a project or phase stands, from a plan to running at nameplate. The main line advances one
 * stage at a time, because each stage is a fact someone has to confirm; any live stage can be
 * suspended or cancelled, and a suspended one resumes where it stopped.
 */
public enum ProjectStage {

	/** Named in a plan, not signed. */
	PLANNED(StageGroup.PIPELINE),
	/** Investment agreement signed. */
	SIGNED(StageGroup.PIPELINE),
	/** Filed (备案) with the development and reform authority. */
	FILED(StageGroup.APPROVALS),
	/** Land secured. */
	LAND_SECURED(StageGroup.APPROVALS),
	/** Under construction. */
	UNDER_CONSTRUCTION(StageGroup.CONSTRUCTION),
	/** Built (建成), ready to produce. */
	BUILT(StageGroup.CONSTRUCTION),
	/** Trial production. */
	TRIAL_PRODUCTION(StageGroup.PRODUCING),
	/** In production. */
	IN_PRODUCTION(StageGroup.PRODUCING),
	/** Producing at nameplate capacity (达产). */
	AT_NAMEPLATE(StageGroup.PRODUCING),
	/** Suspended; resumes at the stage it stopped at. */
	SUSPENDED(StageGroup.HALTED),
	/** Cancelled; final. */
	CANCELLED(StageGroup.HALTED);

	private final StageGroup group;

	ProjectStage(StageGroup group) {
		this.group = group;
	}

	public StageGroup group() {
		return group;
	}

	public boolean isMainLine() {
		return group != StageGroup.HALTED;
	}

	/**
	 * Whether the enum's rules allow moving from this stage to {@code target}. Leaving SUSPENDED is
	 * allowed to any main-line stage here; the project narrows it to the stage it was suspended at.
	 */
	public boolean canTransitionTo(ProjectStage target) {
		return switch (this) {
			case CANCELLED -> false;
			case SUSPENDED -> target.isMainLine() || target == CANCELLED;
			case AT_NAMEPLATE -> target == SUSPENDED;
			default -> target == next() || target == SUSPENDED || target == CANCELLED;
		};
	}

	/** The main-line stages, in order. */
	public static List<ProjectStage> mainLine() {
		return Arrays.stream(values()).filter(ProjectStage::isMainLine).toList();
	}

	private ProjectStage next() {
		return values()[ordinal() + 1];
	}

}
