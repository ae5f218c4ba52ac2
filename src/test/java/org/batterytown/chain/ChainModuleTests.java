package org.batterytown.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Basis;
import org.batterytown.chain.model.LinkBalance;
import org.batterytown.chain.model.Mix;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.park.ParkDraft;
import org.batterytown.park.ParkId;
import org.batterytown.park.ParkManagement;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.shared.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The chain module with only the modules it depends on, on the embedded PostgreSQL and its seeded
 * coefficients: a park with anode and cathode balances as the coefficients say.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@TestPropertySource(properties = { "batterytown.data-dir=", "batterytown.demo.enabled=false" })
class ChainModuleTests {

	private final Actor system = Actor.system();

	@Autowired
	ParkChain chain;

	@Autowired
	ParkManagement parks;

	@Autowired
	EnterpriseManagement enterprises;

	@Autowired
	ProjectManagement projects;

	@Test
	void aParkWithAnodeAndMatchingCathodeHasCathodeMatchedAndCellsMissing() {
		ParkId park = parks.register(system, new ParkDraft("C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
				"链模块测试园区", null, null, null, null, null, null, null, null, null, null, null, null, null));
		EnterpriseId firm = enterprises.register(system,
				new EnterpriseDraft(park.value(), null, "链模块测试企业", null, null, null, false, null));
		projects.register(system, new ProjectDraft(firm.value(), "负极与正极", null, null, ProjectStage.IN_PRODUCTION, null,
				List.of(new CapacityLineDraft(Product.ANODE_FINISHED, new BigDecimal("110000"), null),
						new CapacityLineDraft(Product.CATHODE_LFP, new BigDecimal("220000"), null)),
				List.of()));

		ParkBalance balance = chain.balance(system, new ChainScenario(park.value(), LocalDate.now().plusDays(1),
				Mix.of(100, 0, 0), Basis.TECHNICAL, StageScope.PRODUCING, 1.0));

		assertThat(balance.balance().anodeGwh()).isCloseTo(100, within(1e-9));
		assertThat(status(balance, "CATHODE_LFP")).isEqualTo(LinkBalance.Status.MATCHED);
		assertThat(status(balance, "CELLS")).isEqualTo(LinkBalance.Status.MISSING);
	}

	private static LinkBalance.Status status(ParkBalance balance, String link) {
		return balance.balance().links().stream().filter(l -> l.link().name().equals(link)).findFirst().orElseThrow()
			.status();
	}

}
