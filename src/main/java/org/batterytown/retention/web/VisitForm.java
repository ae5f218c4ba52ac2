package org.batterytown.retention.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.retention.Topic;
import org.batterytown.retention.VisitDraft;
import org.jspecify.annotations.Nullable;

/**
 * The visit form: three rows each for problems and promises (blank rows are ignored); a promise's date
 * stands at the same position as its text.
 */
record VisitForm(@Nullable UUID enterpriseId, @Nullable LocalDate visitedOn, @Nullable String visitors,
		@Nullable String hosts, @Nullable Set<Topic> topics, @Nullable String notes, @Nullable List<String> problems,
		@Nullable List<String> promiseTexts, @Nullable List<LocalDate> promiseDues, @Nullable String expansionPlan,
		@Nullable BigDecimal expansionInvestment, @Nullable BigDecimal expansionCapacity, @Nullable Link expansionLink) {

	static final int ROWS = 3;

	static VisitForm empty(@Nullable UUID enterpriseId, LocalDate today, String visitor) {
		return new VisitForm(enterpriseId, today, visitor, null, Set.of(), null, null, null, null, null, null, null, null);
	}

	VisitDraft draft() {
		List<VisitDraft.PromiseDraft> promises = new ArrayList<>();
		List<String> texts = promiseTexts == null ? List.of() : promiseTexts;
		for (int i = 0; i < texts.size(); i++) {
			LocalDate due = promiseDues != null && i < promiseDues.size() ? promiseDues.get(i) : null;
			promises.add(new VisitDraft.PromiseDraft(texts.get(i), due));
		}
		return new VisitDraft(enterpriseId, visitedOn, visitors, hosts, topics, notes, problems, promises, expansionPlan,
				expansionInvestment, expansionCapacity, expansionLink);
	}

	public String problemRow(int i) {
		return row(problems, i);
	}

	public String promiseTextRow(int i) {
		return row(promiseTexts, i);
	}

	public String promiseDueRow(int i) {
		return row(promiseDues, i);
	}

	/** The text of row {@code i} of a list, for redisplay. */
	private static String row(@Nullable List<?> list, int i) {
		return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i).toString();
	}

}
