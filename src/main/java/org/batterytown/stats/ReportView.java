package org.batterytown.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.project.Product;
import org.batterytown.stats.review.Finding;
import org.jspecify.annotations.Nullable;

/**
 * A revision of a monthly report as pages and the API read it, with what the review rules find in it
 * now and the other revisions of the same month.
 */
public record ReportView(UUID id, UUID parkId, UUID enterpriseId, String enterpriseName, YearMonth period,
		int revision, ReportStatus status, @Nullable BigDecimal outputValue, @Nullable BigDecimal electricityKwh,
		@Nullable BigDecimal energyTce, @Nullable Integer employees, @Nullable BigDecimal taxes, List<Line> lines,
		List<Investment> investments, Map<String, String> explanations, List<Finding> findings,
		@Nullable String returnReason, ReportOrigin origin, boolean synthetic, Instant createdAt, String createdBy,
		@Nullable Instant submittedAt, @Nullable String submittedBy, @Nullable Instant reviewedAt,
		@Nullable String reviewedBy, List<Revision> revisions, long version) {

	public record Line(Product product, @Nullable BigDecimal production, @Nullable BigDecimal sales,
			@Nullable BigDecimal outputValue) {
	}

	public record Investment(UUID projectId, BigDecimal amount) {
	}

	/** Another revision of the same enterprise and month. */
	public record Revision(UUID id, int revision, ReportStatus status, @Nullable BigDecimal outputValue,
			@Nullable Instant reviewedAt) {
	}

	public List<Finding> warnings() {
		return findings.stream().filter(f -> !f.hard()).toList();
	}

	public List<Finding> hardErrors() {
		return findings.stream().filter(Finding::hard).toList();
	}

}
