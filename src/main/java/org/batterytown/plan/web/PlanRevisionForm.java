package org.batterytown.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.batterytown.plan.PlanDraft;
import org.batterytown.plan.PlanView;
import org.batterytown.plan.StageDraft;
import org.batterytown.plan.TargetDraft;
import org.jspecify.annotations.Nullable;

/**
 * The plan page's revision form: why the plan changes, each stage's deadline and each target's value,
 * date and wording. What it does not show (kinds, links, sources, quotes) is carried over from the
 * version it revises.
 */
record PlanRevisionForm(long version, @Nullable String note, List<StageRow> stages, List<TargetRow> targets) {

	PlanRevisionForm(long version, @Nullable String note, @Nullable List<StageRow> stages,
			@Nullable List<TargetRow> targets) {
		this.version = version;
		this.note = note;
		this.stages = stages == null ? List.of() : stages;
		this.targets = targets == null ? List.of() : targets;
	}

	static PlanRevisionForm of(PlanView plan) {
		return new PlanRevisionForm(plan.version(), null,
				plan.stages().stream().map(s -> new StageRow(s.deadline())).toList(),
				plan.targets().stream().map(t -> new TargetRow(t.threshold(), t.date(), t.description().zh(),
						t.description().en())).toList());
	}

	/** This form with a row for each stage and target of the plan: what it lacks, the plan's values. */
	PlanRevisionForm over(PlanView plan) {
		PlanRevisionForm current = of(plan);
		List<StageRow> stageRows = new ArrayList<>();
		for (int i = 0; i < current.stages().size(); i++) {
			stageRows.add(i < stages.size() && stages.get(i) != null ? stages.get(i) : current.stages().get(i));
		}
		List<TargetRow> targetRows = new ArrayList<>();
		for (int i = 0; i < current.targets().size(); i++) {
			targetRows.add(i < targets.size() && targets.get(i) != null ? targets.get(i) : current.targets().get(i));
		}
		return new PlanRevisionForm(version, note, stageRows, targetRows);
	}

	/** The revised plan: the current version with this form's values in place. */
	PlanDraft draft(PlanView plan) {
		List<StageDraft> stageDrafts = new ArrayList<>();
		for (int i = 0; i < plan.stages().size(); i++) {
			PlanView.Stage s = plan.stages().get(i);
			stageDrafts.add(new StageDraft(s.stageNo(), s.name().zh(), s.name().en(),
					i < stages.size() ? stages.get(i).deadline() : s.deadline()));
		}
		List<TargetDraft> targetDrafts = new ArrayList<>();
		for (int i = 0; i < plan.targets().size(); i++) {
			PlanView.Target t = plan.targets().get(i);
			TargetRow row = i < targets.size() ? targets.get(i)
					: new TargetRow(t.threshold(), t.date(), t.description().zh(), t.description().en());
			targetDrafts.add(new TargetDraft(t.stageNo(), t.kind(), t.link(), t.tollIncluded(), t.chainRole(),
					t.projectId(), row.threshold(), row.date(), row.descriptionZh(), row.descriptionEn(),
					t.interpretation(), t.sourceId(), t.quote(), t.actualValue(), t.actualAsOf(), t.actualSourceId()));
		}
		return new PlanDraft(plan.parkId(), plan.name().zh(), plan.name().en(), note, stageDrafts, targetDrafts);
	}

	record StageRow(@Nullable LocalDate deadline) {
	}

	record TargetRow(@Nullable BigDecimal threshold, @Nullable LocalDate date, @Nullable String descriptionZh,
			@Nullable String descriptionEn) {
	}

}
