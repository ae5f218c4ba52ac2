package org.batterytown.attraction;

import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.jspecify.annotations.Nullable;

/**
 * A link on the target list: missing or short against what the park's anode output calls for, an
 * upstream input it needs, or one the zone has said it wants to attract; with its ranked candidates.
 *
 * @param required what the park needs of the link per year at base, in its unit; {@literal null} if unknown
 * @param present the park's counted capacity of the link, in its unit
 * @param shortfall required − present, at least 0; {@literal null} if the need is unknown
 * @param stated the zone's own words about attracting it, if it said so
 */
public record TargetRow(Link link, Status status, @Nullable Double required, double present,
		@Nullable Double shortfall, @Nullable Stated stated, List<CandidateView> candidates) {

	public TargetRow {
		candidates = List.copyOf(candidates);
	}

	/** How the link stands. */
	public enum Status {

		/** No counted capacity in the park. */
		MISSING,
		/** Present, but short of what is needed. */
		SHORT,
		/** Present and enough, or its need is unknown; on the list because the zone named it. */
		NAMED

	}

	/** What the zone said about attracting the link, with its source. */
	public record Stated(@Nullable String reason, @Nullable UUID sourceId, @Nullable String sourceTitle,
			@Nullable String quote) {
	}

}
