package org.batterytown.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.batterytown.audit.AuditEntry;
import org.batterytown.audit.AuditTrail;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.park.ParkDraft;
import org.batterytown.park.ParkId;
import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The project module with only the modules it depends on, on the embedded PostgreSQL: its events,
 * its audit records and its guards, without pages or users.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@TestPropertySource(properties = { "batterytown.data-dir=", "batterytown.demo.enabled=false" })
class ProjectModuleTests {

	private final Actor system = Actor.system();

	@Autowired
	ProjectManagement projects;

	@Autowired
	ParkManagement parks;

	@Autowired
	EnterpriseManagement enterprises;

	@Autowired
	AuditTrail audit;

	private EnterpriseId enterprise;

	@BeforeEach
	void enterprise() {
		String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		ParkId park = parks.register(system, new ParkDraft(code, "模块测试园区", null, null, null, null, null, null, null,
				null, null, null, null, null, null));
		enterprise = enterprises.register(system,
				new EnterpriseDraft(park.value(), null, "模块测试企业", null, null, null, false, null));
	}

	@Test
	void movingAStagePublishesProjectStageChanged(Scenario scenario) {
		ProjectId id = register("事件测试项目");
		long version = projects.get(system, id).version();

		scenario.stimulate(() -> projects.moveStage(system, id, new StageChange(ProjectStage.SIGNED, null, null), version))
			.andWaitForEventOfType(ProjectStageChanged.class)
			.matching(event -> event.projectId().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.from()).isEqualTo(ProjectStage.PLANNED);
				assertThat(event.to()).isEqualTo(ProjectStage.SIGNED);
			});
	}

	@Test
	void aChangeIsStoredWithItsAuditRecord() {
		ProjectId id = register("审计测试项目");

		List<AuditEntry> history = audit.historyOf("project", id.value());

		assertThat(history).extracting(AuditEntry::field).contains("stage", "nameZh", "capacityLines", "enterprise");
		assertThat(history).allSatisfy(entry -> assertThat(entry.username()).isEqualTo("system"));
	}

	@Test
	void anIllegalMoveLeavesNeitherAChangeNorAnAuditRecord() {
		ProjectId id = register("跳级模块测试");
		long version = projects.get(system, id).version();
		int recorded = audit.historyOf("project", id.value()).size();

		assertThatThrownBy(() -> projects.moveStage(system, id,
				new StageChange(ProjectStage.AT_NAMEPLATE, null, null), version)).isInstanceOf(RuleViolation.class);

		assertThat(projects.get(system, id).stage()).isEqualTo(ProjectStage.PLANNED);
		assertThat(audit.historyOf("project", id.value())).hasSize(recorded);
	}

	private ProjectId register(String name) {
		return projects.register(system, new ProjectDraft(enterprise.value(), name, null, new BigDecimal("1000000"), null,
				null, List.of(new CapacityLineDraft(Product.CATHODE_LFP, new BigDecimal("20000"), null)), List.of()));
	}

}
