package org.batterytown.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.batterytown.chain.model.Link;
import org.batterytown.shared.RuleViolation;

/**
 * What a plan must state before it is stored: named stages with deadlines, and targets each with a
 * kind, a date, a positive threshold and what their kind measures. All problems are reported at once,
 * each at its field.
 */
final class PlanRules {

	private PlanRules() {
	}

	static List<RuleViolation> check(PlanDraft draft) {
		List<RuleViolation> found = new ArrayList<>();
		if (draft.parkId() == null) {
			found.add(new RuleViolation("parkId", "plan.parkRequired"));
		}
		if (blank(draft.nameZh())) {
			found.add(new RuleViolation("nameZh", "plan.nameRequired"));
		}
		Set<Integer> stages = new HashSet<>();
		List<StageDraft> stageList = draft.stageList();
		if (stageList.isEmpty()) {
			found.add(new RuleViolation("stages", "plan.stagesRequired"));
		}
		for (int i = 0; i < stageList.size(); i++) {
			StageDraft stage = stageList.get(i);
			String at = "stages[" + i + "].";
			if (stage.stageNo() == null || stage.stageNo() < 1 || !stages.add(stage.stageNo())) {
				found.add(new RuleViolation(at + "stageNo", "plan.stage.number"));
			}
			if (blank(stage.nameZh())) {
				found.add(new RuleViolation(at + "nameZh", "plan.stage.nameRequired"));
			}
			if (stage.deadline() == null) {
				found.add(new RuleViolation(at + "deadline", "plan.stage.deadlineRequired"));
			}
		}
		List<TargetDraft> targets = draft.targetList();
		for (int i = 0; i < targets.size(); i++) {
			target(targets.get(i), "targets[" + i + "].", stages, found);
		}
		return found;
	}

	private static void target(TargetDraft target, String at, Set<Integer> stages, List<RuleViolation> found) {
		if (target.stageNo() == null || !stages.contains(target.stageNo())) {
			found.add(new RuleViolation(at + "stageNo", "plan.target.stage"));
		}
		if (target.date() == null) {
			found.add(new RuleViolation(at + "date", "plan.target.dateRequired"));
		}
		if (blank(target.descriptionZh())) {
			found.add(new RuleViolation(at + "descriptionZh", "plan.target.descriptionRequired"));
		}
		TargetKind kind = target.kind();
		if (kind == null) {
			found.add(new RuleViolation(at + "kind", "plan.target.kindRequired"));
			return;
		}
		BigDecimal threshold = target.threshold();
		if (threshold == null || threshold.signum() <= 0) {
			found.add(new RuleViolation(at + "threshold", "plan.target.thresholdPositive"));
		}
		else if (kind.counted() && threshold.stripTrailingZeros().scale() > 0) {
			found.add(new RuleViolation(at + "threshold", "plan.target.thresholdWhole"));
		}
		boolean needsLink = kind == TargetKind.CAPACITY || kind == TargetKind.LINK_PRESENT
				|| kind == TargetKind.MATCHING_RATIO || kind == TargetKind.NATIONAL_RANK;
		if (needsLink && target.link() == null) {
			found.add(new RuleViolation(at + "link", "plan.target.linkRequired"));
		}
		if (kind == TargetKind.MATCHING_RATIO && target.link() != null
				&& (target.link() == Link.ANODE || !target.link().perGwh())) {
			found.add(new RuleViolation(at + "link", "plan.target.linkNotMatched"));
		}
		if (kind == TargetKind.ENTERPRISE_KIND && target.chainRole() == null) {
			found.add(new RuleViolation(at + "chainRole", "plan.target.roleRequired"));
		}
		if (kind == TargetKind.PROJECT_IN_PRODUCTION && target.projectId() == null) {
			found.add(new RuleViolation(at + "projectId", "plan.target.projectRequired"));
		}
		boolean actual = target.actualValue() != null;
		if (actual && (target.actualAsOf() == null || target.actualSourceId() == null)) {
			found.add(new RuleViolation(at + "actualSourceId", "plan.target.actualSourced"));
		}
	}

	private static boolean blank(@org.jspecify.annotations.Nullable String text) {
		return text == null || text.isBlank();
	}

}
