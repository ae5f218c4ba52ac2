package org.batterytown.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.ChainRole;
import org.jspecify.annotations.Nullable;

/**
 * A target as a user states it; checked by {@link PlanRules}.
 *
 * @param interpretation how a vague wording was read as a number (e.g. 百亿量级 as ≥ 10 billion yuan)
 * @param actualValue for a national rank, the place a source reports, with its date and source
 */
public record TargetDraft(@Nullable Integer stageNo, @Nullable TargetKind kind, @Nullable Link link,
		boolean tollIncluded, @Nullable ChainRole chainRole, @Nullable UUID projectId, @Nullable BigDecimal threshold,
		@Nullable LocalDate date, @Nullable String descriptionZh, @Nullable String descriptionEn,
		@Nullable String interpretation, @Nullable UUID sourceId, @Nullable String quote,
		@Nullable BigDecimal actualValue, @Nullable LocalDate actualAsOf, @Nullable UUID actualSourceId) {
}
