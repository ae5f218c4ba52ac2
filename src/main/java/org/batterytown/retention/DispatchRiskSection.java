package org.batterytown.retention;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.Actor;
import org.batterytown.stats.Dispatch;
import org.batterytown.stats.DispatchRisks;

import org.springframework.stereotype.Component;

/** The monthly dispatch report's early-warning section: the park's enterprises at risk, with why. */
@Component
class DispatchRiskSection implements DispatchRisks {

	private final EnterpriseHealth health;

	DispatchRiskSection(EnterpriseHealth health) {
		this.health = health;
	}

	@Override
	public List<Dispatch.AtRisk> of(UUID parkId, YearMonth month) {
		return health.atRisk(Actor.system(), parkId).stream()
			.map(h -> new Dispatch.AtRisk(h.enterpriseId(), h.enterpriseName(), h.score(),
					h.signals().stream().map(HealthView.SignalView::explanation).toList()))
			.toList();
	}

}
