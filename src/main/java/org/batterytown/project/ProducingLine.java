package org.batterytown.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A capacity line of a producing project, with the actual dates of its production and trial
 * production milestones; an undisclosed nameplate or date is {@literal null}.
 */
public record ProducingLine(UUID projectId, UUID enterpriseId, Product product, @Nullable BigDecimal nameplate,
		@Nullable LocalDate productionDate, @Nullable LocalDate trialProductionDate) {
}
