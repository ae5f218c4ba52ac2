package org.batterytown.attraction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/**
 * A lead as pages and the API read it. {@code investorGroup} and {@code localCompany} are
 * {@literal null} for readers who may see only code names ({@code investorVisible} false).
 */
public record LeadView(UUID id, UUID parkId, String codeName, @Nullable String investorGroup,
		@Nullable String localCompany, boolean investorVisible, @Nullable Link link,
		@Nullable BigDecimal expectedInvestment, @Nullable BigDecimal capacity, @Nullable BigDecimal landMu,
		@Nullable BigDecimal powerLoadMw, @Nullable Integer jobs, LeadSource source, @Nullable UUID eventId,
		@Nullable UUID ambassadorId, @Nullable String owner,
		@Nullable BigDecimal likelihood, @Nullable String nextAction, @Nullable LocalDate nextActionDue,
		LeadStage stage, List<LeadStage> allowedTransitions, @Nullable LocalDate agreementDate,
		@Nullable BigDecimal agreementAmount, @Nullable String lostReason, @Nullable UUID projectId,
		List<LogEntry> stageLog, Instant createdAt,
		long version, @Nullable UUID originEnterpriseId) {

	public record LogEntry(LeadStage stage, Instant at, String username, @Nullable String note) {
	}

}
