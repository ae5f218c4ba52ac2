package org.batterytown.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to register or edit a project. Total investment is exact yuan and may be unknown; the
 * stage is only read on registration (later moves go through stage transitions).
 */
public record ProjectDraft(@NotNull(message = "{project.enterprise.required}") UUID enterpriseId,
		@NotBlank(message = "{field.nameZh.required}") @Size(max = 300) String nameZh,
		@Nullable @Size(max = 300) String nameEn,
		@Nullable @PositiveOrZero(message = "{project.investment.negative}") @Digits(integer = 16, fraction = 2, message = "{project.investment.digits}") BigDecimal totalInvestment,
		@Nullable ProjectStage stage, @Nullable @Size(max = 4000) String description,
		@Nullable @Valid List<CapacityLineDraft> capacityLines, @Nullable @Valid List<PhaseDraft> phases) {

	public ProjectDraft {
		capacityLines = capacityLines == null ? List.of() : List.copyOf(capacityLines);
		phases = phases == null ? List.of() : List.copyOf(phases);
	}

}
