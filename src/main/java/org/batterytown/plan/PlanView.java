package org.batterytown.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.ChainRole;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A version of a plan as pages and the API read it.
 *
 * @param versionNo this version; {@code versions} how many there are
 * @param version the plan's optimistic-lock version, for If-Match on a revision
 */
public record PlanView(PlanId id, UUID parkId, int versionNo, int versions, LocalizedText name, @Nullable String note,
		Instant createdAt, String createdBy, List<Stage> stages, List<Target> targets, long version) {

	public record Stage(int stageNo, LocalizedText name, LocalDate deadline) {
	}

	/** A target; a national rank may carry the place a source reports. */
	public record Target(int position, int stageNo, TargetKind kind, @Nullable Link link, boolean tollIncluded,
			@Nullable ChainRole chainRole, @Nullable UUID projectId, BigDecimal threshold, LocalDate date,
			LocalizedText description, @Nullable String interpretation, @Nullable UUID sourceId, @Nullable String quote,
			@Nullable BigDecimal actualValue, @Nullable LocalDate actualAsOf, @Nullable UUID actualSourceId) {

		/** A key that names the target within its version, for projections and pages. */
		public String key() {
			return "T" + position;
		}

	}

	public Stage stage(int stageNo) {
		return stages.stream().filter(s -> s.stageNo() == stageNo).findFirst().orElseThrow();
	}

}
