package org.batterytown.project;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Narrows a project list; every criterion left {@literal null} matches all. */
public record ProjectFilter(@Nullable ProjectStage stage, @Nullable UUID enterpriseId, @Nullable Product product,
		@Nullable UUID parkId) {

	public static ProjectFilter none() {
		return new ProjectFilter(null, null, null, null);
	}

	boolean matches(InvestmentProject p) {
		return (stage == null || p.stage() == stage || p.phases().stream().anyMatch(ph -> ph.stage() == stage))
				&& (enterpriseId == null || enterpriseId.equals(p.enterpriseId()))
				&& (parkId == null || parkId.equals(p.parkId()))
				&& (product == null || p.capacityLines().stream().anyMatch(l -> l.product() == product));
	}

}
