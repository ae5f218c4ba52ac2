package org.batterytown.attraction;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.batterytown.chain.ProductLinks;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectId;
import org.batterytown.project.ProjectManagement;
import org.batterytown.project.ProjectStage;
import org.batterytown.shared.Actor;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands a registered lead over to the registry in the same transaction: its local company as an
 * enterprise of the park (the one of that name if it is registered already) and a signed project with
 * the lead's capacity and investment, linked back to the lead. Nobody keys it in twice; if the
 * registry refuses it, the registration of the lead is rolled back with it.
 */
@Component
class LeadHandover {

	private final EnterpriseManagement enterprises;

	private final ProjectManagement projects;

	private final LeadRepository leads;

	LeadHandover(EnterpriseManagement enterprises, ProjectManagement projects, LeadRepository leads) {
		this.enterprises = enterprises;
		this.projects = projects;
		this.leads = leads;
	}

	@EventListener
	void on(LeadRegistered registered) {
		Actor system = Actor.system();
		EnterpriseId enterprise = enterprises.list(system).stream()
			.filter(e -> e.parkId().value().equals(registered.parkId()) && e.name().zh().equals(registered.localCompany()))
			.map(e -> e.id())
			.findFirst()
			.orElseGet(() -> enterprises.register(system, new EnterpriseDraft(registered.parkId(), null,
					registered.localCompany(), null, registered.investorGroup(), Set.of(), false,
					"由招商线索 " + registered.codeName() + " 注册转入 / registered from lead " + registered.codeName())));
		List<CapacityLineDraft> lines = product(registered)
			.map(p -> List.of(new CapacityLineDraft(p, registered.capacity(), null)))
			.orElse(List.of());
		ProjectId project = projects.register(system, new ProjectDraft(enterprise.value(), registered.localCompany() + "项目",
				null, registered.investment(), ProjectStage.SIGNED,
				"由招商线索 " + registered.codeName() + " 签约注册转入。Handed over from lead " + registered.codeName() + ".",
				lines, List.of()));
		Lead lead = leads.findById(registered.leadId()).orElseThrow();
		lead.linkProject(project.value());
		leads.save(lead);
	}

	/** The catalogue product the lead's link makes, its usual form first. */
	private static java.util.Optional<Product> product(LeadRegistered registered) {
		if (registered.link() == null) {
			return java.util.Optional.empty();
		}
		return Arrays.stream(Product.values()).filter(p -> ProductLinks.of(p) == registered.link()).findFirst();
	}

}
