package org.batterytown.stats.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.BatteryTownApplication;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.park.ParkDraft;
import org.batterytown.park.ParkManagement;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.shared.Actor;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application for a benchmark: the real one on a throw-away embedded PostgreSQL and a random
 * port, without demo data, and a park of its own with enterprises that each run one producing line.
 */
final class BenchPark {

	final ConfigurableApplicationContext context;

	final UUID park;

	final List<UUID> enterprises = new ArrayList<>();

	final List<String> names = new ArrayList<>();

	BenchPark(int enterpriseCount) {
		// arguments, not default properties: application.properties would override those with ./data
		context = new SpringApplicationBuilder(BatteryTownApplication.class).run("--batterytown.data-dir=",
				"--batterytown.demo.enabled=false", "--batterytown.admin-password=bench-" + UUID.randomUUID(),
				"--server.port=0", "--logging.level.root=WARN");
		Actor system = Actor.system();
		park = context.getBean(ParkManagement.class).register(system, new ParkDraft("BENCH", "合成数据园区", null, null,
				null, null, null, null, null, null, null, null, null, null, null)).value();
		EnterpriseManagement registry = context.getBean(EnterpriseManagement.class);
		ProjectManagement projects = context.getBean(ProjectManagement.class);
		for (int i = 0; i < enterpriseCount; i++) {
			String name = String.format("合成企业%05d", i);
			UUID id = registry.register(system, new EnterpriseDraft(park, null, name, null, null, null, false, null))
				.value();
			Product product = i % 2 == 0 ? Product.GRAPHITIZATION_TOLL : Product.ANODE_FINISHED;
			projects.register(system, new ProjectDraft(id, name + "产线", null, null, ProjectStage.IN_PRODUCTION, null,
					List.of(new CapacityLineDraft(product, new BigDecimal("60000"), null)), List.of()));
			enterprises.add(id);
			names.add(name);
		}
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	void close() {
		context.close();
	}

}
