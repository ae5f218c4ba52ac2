package org.batterytown.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/**
 * A visit as recorded: who went where and when, whom they met, what was talked about, the problems
 * raised, the promises made (each with its date, if one was given) and an expansion plan if the
 * enterprise told of one (增资扩产).
 */
public record VisitDraft(@Nullable UUID enterpriseId, @Nullable LocalDate visitedOn, @Nullable String visitors,
		@Nullable String hosts, @Nullable Set<Topic> topics, @Nullable String notes, @Nullable List<String> problems,
		@Nullable List<PromiseDraft> promises, @Nullable String expansionPlan, @Nullable BigDecimal expansionInvestment,
		@Nullable BigDecimal expansionCapacity, @Nullable Link expansionLink) {

	public record PromiseDraft(@Nullable String text, @Nullable LocalDate dueOn) {
	}

}
