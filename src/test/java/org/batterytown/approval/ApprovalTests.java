package org.batterytown.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.MilestoneDraft;
import org.batterytown.project.MilestoneKind;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** A project's case opened in one action, its items on their clocks, commitments and their post-checks. */
class ApprovalTests extends IntegrationTest {

	@Autowired
	ApprovalCases approvals;

	@Autowired
	ProjectManagement projects;

	private UUID enterprise;

	private UUID project(String name) {
		enterprise = enterprises.register(Actor.system(), new EnterpriseDraft(pingding().id().value(), null,
				"审批测试企业 " + UUID.randomUUID(), null, null, null, false, null)).value();
		return projects.register(Actor.system(), new ProjectDraft(enterprise, name, null, null, ProjectStage.SIGNED, null,
				List.of(new CapacityLineDraft(Product.ANODE_FINISHED, new BigDecimal("20000"), null)), List.of())).value();
	}

	private OpenCase commitment(UUID project) {
		return new OpenCase(project, ApprovalMode.COMMITMENT, false, EiaLevel.FORM, new BigDecimal("5000"), false, false,
				"代办员甲", "张庄镇协办员", List.of(new OpenCase.OfficerDraft("自然资源和规划", "officer-nr"),
						new OpenCase.OfficerDraft("住房和城乡建设", "officer-hc")));
	}

	private static CaseView.Item item(CaseView c, String code) {
		return c.items().stream().filter(i -> i.type().code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void aCommitmentCaseGetsItsChecklistInOneActionFromTheProjectsProfile() {
		CaseView c = approvals.get(Actor.system(), approvals.open(Actor.system(), commitment(project("清单项目"))));
		assertThat(c.items()).extracting(i -> i.type().code()).containsExactly("FILING", "LAND_USE_PLANNING",
				"ENGINEERING_PLANNING", "CONSTRUCTION_PERMIT", "EIA_FORM", "ENERGY_REVIEW", "SOIL_WATER", "LIGHTNING",
				"COMPLETION", "POWER", "WATER");
		assertThat(c.items()).filteredOn(CaseView.Item::byCommitment).extracting(i -> i.type().code())
			.containsExactly("ENGINEERING_PLANNING", "CONSTRUCTION_PERMIT", "EIA_FORM", "ENERGY_REVIEW", "SOIL_WATER",
					"LIGHTNING");
		assertThat(item(c, "CONSTRUCTION_PERMIT").officer()).isEqualTo("officer-hc");
		assertThat(item(c, "FILING").officer()).isNull();
		assertThat(c.items()).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.WAITING));

		// the standard mode with new land, a hazardous process and a small energy use
		CaseView standard = approvals.get(Actor.system(), approvals.open(Actor.system(), new OpenCase(project("标准项目"),
				ApprovalMode.STANDARD, true, EiaLevel.REPORT, new BigDecimal("800"), true, true, "代办员乙", null, null)));
		assertThat(standard.items()).extracting(i -> i.type().code()).contains("LAND_PRE_EXAM", "EIA_REPORT",
				"SAFETY_FACILITIES", "FIRE_DESIGN_REVIEW", "FIRE_ACCEPTANCE").doesNotContain("ENERGY_REVIEW", "EIA_FORM");
		assertThat(standard.items()).noneMatch(CaseView.Item::byCommitment);
	}

	@Test
	void closingAnItemStopsItsClockAndAnOverdueItemIsOnTheOfficersListAndEscalated() {
		UUID id = approvals.open(Actor.system(), commitment(project("时钟项目")));
		CaseView c = approvals.get(Actor.system(), id);
		int land = item(c, "LAND_USE_PLANNING").position();
		int filing = item(c, "FILING").position();
		// 20 working days from Mon 5 Jan 2026: Jan 6–9 (4), 12–16 (9), 19–23 (14), 26–30 (19), Feb 2 (20)
		c = approvals.act(Actor.system(), id, land, new ItemAction(ItemAction.Kind.START, LocalDate.of(2026, 1, 5), null,
				null, null), c.version());
		assertThat(item(c, "LAND_USE_PLANNING").dueOn()).isEqualTo(LocalDate.of(2026, 2, 2));
		assertThat(item(c, "LAND_USE_PLANNING").overdue()).isTrue();
		assertThat(approvals.mine(new Actor("officer-nr", Role.STAFF, pingding().id().value(), null)))
			.anySatisfy(o -> {
				assertThat(o.caseId()).isEqualTo(id);
				assertThat(o.item().overdue()).isTrue();
			});
		assertThat(approvals.escalated(Actor.system(), pingding().id().value()))
			.anySatisfy(o -> assertThat(o.item().type().code()).isEqualTo("LAND_USE_PLANNING"));

		// the filing: started on Thu 12 Feb, closed on Tue 24 Feb — 3 working days across the Spring Festival
		c = approvals.act(Actor.system(), id, filing, new ItemAction(ItemAction.Kind.START, LocalDate.of(2026, 2, 12),
				null, null, null), c.version());
		c = approvals.act(Actor.system(), id, filing, new ItemAction(ItemAction.Kind.CLOSE, LocalDate.of(2026, 2, 24),
				"平经开备〔2026〕1号", null, null), c.version());
		CaseView.Item closed = item(c, "FILING");
		assertThat(closed.status()).isEqualTo(ItemStatus.DONE);
		assertThat(closed.elapsed()).isEqualTo(3);
		assertThat(closed.overdue()).isFalse();
		assertThat(closed.beyondPromise()).isTrue();
		assertThat(c.done()).isEqualTo(1);
	}

	@Test
	void aCommitmentGetsItsPostCheckWithADueDateAndAFailedCheckNeedsWhatWasFound() {
		UUID id = approvals.open(Actor.system(), commitment(project("承诺项目")));
		CaseView c = approvals.get(Actor.system(), id);
		int planning = item(c, "ENGINEERING_PLANNING").position();
		c = approvals.act(Actor.system(), id, planning, new ItemAction(ItemAction.Kind.COMMIT, LocalDate.of(2026, 9, 28),
				null, null, null), c.version());
		CaseView.Item committed = item(c, "ENGINEERING_PLANNING");
		assertThat(committed.status()).isEqualTo(ItemStatus.COMMITTED);
		// 20 working days from Mon 28 Sep 2026 across National Day, with Sat 10 Oct worked: Fri 30 Oct
		assertThat(committed.postCheckDue()).isEqualTo(LocalDate.of(2026, 10, 30));
		assertThat(committed.postCheckStatus()).isEqualTo(PostCheckStatus.OPEN);
		long version = c.version();
		assertThatThrownBy(() -> approvals.act(Actor.system(), id, planning, new ItemAction(ItemAction.Kind.POST_CHECK,
				LocalDate.of(2026, 11, 2), null, false, " "), version))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("result"));
		c = approvals.act(Actor.system(), id, planning, new ItemAction(ItemAction.Kind.POST_CHECK, LocalDate.of(2026, 11, 2),
				null, false, "建筑退线与承诺不符，限期整改"), version);
		assertThat(item(c, "ENGINEERING_PLANNING").postCheckStatus()).isEqualTo(PostCheckStatus.FAILED);
	}

	@Test
	void anItemThatCannotTakeAnActionIsRefusedAndNothingChanges() {
		UUID id = approvals.open(Actor.system(), commitment(project("拒绝项目")));
		CaseView c = approvals.get(Actor.system(), id);
		long version = c.version();
		int filing = item(c, "FILING").position();
		assertThatThrownBy(() -> approvals.act(Actor.system(), id, filing, new ItemAction(ItemAction.Kind.COMMIT,
				LocalDate.of(2026, 3, 2), null, null, null), version))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("approval.item.notByCommitment"));
		assertThatThrownBy(() -> approvals.act(Actor.system(), id, filing, new ItemAction(ItemAction.Kind.CLOSE,
				LocalDate.of(2026, 3, 2), null, null, null), version))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("approval.item.notRunning"));
		assertThatThrownBy(() -> approvals.act(Actor.system(), id, filing, new ItemAction(ItemAction.Kind.START,
				LocalDate.of(2099, 1, 5), null, null, null), version))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("approval.dateInFuture"));
		CaseView after = approvals.get(Actor.system(), id);
		assertThat(after.version()).isEqualTo(version);
		assertThat(item(after, "FILING").status()).isEqualTo(ItemStatus.WAITING);
		UUID project = after.projectId();
		assertThatThrownBy(() -> approvals.open(Actor.system(), commitment(project)))
			.isInstanceOfSatisfying(RuleViolations.class, ex -> assertThat(ex.violations())
				.extracting(RuleViolation::messageKey).contains("approval.caseExists"));
		assertThatThrownBy(() -> approvals.open(Actor.system(), new OpenCase(project("空白项目"), null, false, null, null,
				false, false, " ", null, List.of(new OpenCase.OfficerDraft("水利", null), new OpenCase.OfficerDraft(" ", "某人")))))
			.isInstanceOfSatisfying(RuleViolations.class, ex -> assertThat(ex.violations())
				.extracting(RuleViolation::field).containsExactly("mode", "eiaLevel", "leadAgent", "officers[1].department"));
	}

	@Test
	void theEnterpriseReadsItsOwnCaseLeadersReadAndOnlyTheZoneActs() {
		UUID id = approvals.open(Actor.system(), commitment(project("可见项目")));
		Actor owner = new Actor("approval-owner", Role.ENTERPRISE, pingding().id().value(), enterprise);
		assertThat(approvals.get(owner, id).projectName().zh()).isEqualTo("可见项目");
		Actor other = new Actor("approval-other", Role.ENTERPRISE, pingding().id().value(),
				enterprise("山西中烨新能源科技有限公司").id().value());
		assertThatThrownBy(() -> approvals.get(other, id)).isInstanceOf(NotFound.class);
		assertThat(approvals.ofPark(other, pingding().id().value())).noneMatch(c -> c.id().equals(id));
		Actor leader = new Actor("approval-leader", Role.VIEWER, pingding().id().value(), null);
		long version = approvals.get(leader, id).version();
		assertThatThrownBy(() -> approvals.act(leader, id, 0, new ItemAction(ItemAction.Kind.START, LocalDate.of(2026, 3, 2),
				null, null, null), version)).isInstanceOf(NotAllowed.class);
		assertThatThrownBy(() -> approvals.act(owner, id, 0, new ItemAction(ItemAction.Kind.START, LocalDate.of(2026, 3, 2),
				null, null, null), version)).isInstanceOf(NotAllowed.class);
	}

	@Test
	void workingDaysFromSigningToConstructionStartAreComparedAcrossProjects() {
		UUID fast = project("快速开工项目");
		UUID slow = project("慢速开工项目");
		milestone(fast, MilestoneKind.SIGNING, LocalDate.of(2026, 3, 2));
		milestone(fast, MilestoneKind.CONSTRUCTION_START, LocalDate.of(2026, 3, 16));
		milestone(slow, MilestoneKind.SIGNING, LocalDate.of(2026, 1, 5));
		milestone(slow, MilestoneKind.CONSTRUCTION_START, LocalDate.of(2026, 3, 2));
		List<SigningToStart> rows = approvals.signingToStart(Actor.system(), pingding().id().value());
		SigningToStart f = rows.stream().filter(r -> r.projectId().equals(fast)).findFirst().orElseThrow();
		SigningToStart s = rows.stream().filter(r -> r.projectId().equals(slow)).findFirst().orElseThrow();
		assertThat(f.workingDays()).isEqualTo(10);
		// 5 Jan → 2 Mar 2026: 40 weekdays, less the 6 Spring Festival weekdays off, plus Sat 14 and 28 Feb worked
		assertThat(s.workingDays()).isEqualTo(36);
		assertThat(rows.indexOf(f)).isLessThan(rows.indexOf(s));
	}

	@Test
	void anAdminChangesAnItemsLimitsAndOthersCannot() {
		ItemType before = approvals.catalogue().stream().filter(t -> t.code().equals("CONSTRUCTION_PERMIT")).findFirst()
			.orElseThrow();
		try {
			ItemType changed = approvals.changeItemType(Actor.system(), "CONSTRUCTION_PERMIT", new ItemTypeChange(7,
					org.batterytown.calendar.DayType.CALENDAR, 2, true, 10));
			assertThat(changed.promisedDays()).isEqualTo(2);
			assertThat(changed.postCheckDays()).isEqualTo(10);
			assertThatThrownBy(() -> approvals.changeItemType(Actor.system(), "CONSTRUCTION_PERMIT",
					new ItemTypeChange(-1, org.batterytown.calendar.DayType.CALENDAR, null, true, null)))
				.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("limitDays"));
			assertThatThrownBy(() -> approvals.changeItemType(new Actor("x", Role.STAFF, pingding().id().value(), null),
					"CONSTRUCTION_PERMIT", new ItemTypeChange(7, org.batterytown.calendar.DayType.CALENDAR, 2, true, 10)))
				.isInstanceOf(NotAllowed.class);
		}
		finally {
			approvals.changeItemType(Actor.system(), "CONSTRUCTION_PERMIT", new ItemTypeChange(before.limitDays(),
					before.dayType(), before.promisedDays(), before.commitment(), before.postCheckDays()));
		}
	}

	private void milestone(UUID project, MilestoneKind kind, LocalDate actual) {
		long version = projects.get(Actor.system(), new ProjectId(project)).version();
		projects.setMilestone(Actor.system(), new ProjectId(project), new MilestoneDraft(kind, null, actual), version);
	}

}
