package org.batterytown.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.source.SourceId;
import org.batterytown.source.Sources;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's industry table: annual output value per industry with its source, the park's industry
 * among them. Growth and rank are computed from what is stored, never typed in.
 */
@Service
@Transactional(readOnly = true)
public class IndustryFigures {

	private final JdbcClient jdbc;

	private final Sources sources;

	private final Clock clock;

	IndustryFigures(JdbcClient jdbc, Sources sources, Clock clock) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.clock = clock;
	}

	/** Every stored industry figure of a park's county, newest year first, the park's industry first. */
	public List<IndustryFigure> of(Actor actor, UUID parkId) {
		if (!actor.canSeePark(parkId)) {
			throw new NotFound("park", parkId);
		}
		List<Row> rows = jdbc.sql("""
				select id, year, industry_zh, industry_en, park_industry, output_value, basis, derivation, stated_rank,
				       source_id
				from stats_industry_figure where park_id = :park
				order by year desc, park_industry desc, output_value desc nulls last, industry_zh""")
			.param("park", parkId)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("industry_zh"),
					rs.getString("industry_en"), rs.getBoolean("park_industry"), rs.getBigDecimal("output_value"),
					FigureBasis.valueOf(rs.getString("basis")), rs.getString("derivation"),
					(Integer) rs.getObject("stated_rank"), rs.getObject("source_id", UUID.class)))
			.list();
		Map<Integer, BigDecimal> parkIndustry = new HashMap<>();
		rows.stream().filter(Row::parkIndustry).forEach(r -> parkIndustry.put(r.year(), r.outputValue()));
		List<IndustryFigure> figures = new ArrayList<>();
		for (Row r : rows) {
			Double growth = null;
			BigDecimal before = parkIndustry.get(r.year() - 1);
			if (r.parkIndustry() && r.outputValue() != null && before != null && before.signum() > 0) {
				growth = r.outputValue().divide(before, 10, RoundingMode.HALF_UP).doubleValue() - 1;
			}
			Integer rank = null;
			if (r.outputValue() != null) {
				rank = 1 + (int) rows.stream()
					.filter(o -> o.year() == r.year() && o.outputValue() != null
							&& o.outputValue().compareTo(r.outputValue()) > 0)
					.count();
			}
			figures.add(new IndustryFigure(r.id(), r.year(), r.industryZh(), r.industryEn(), r.parkIndustry(),
					r.outputValue(), r.basis(), r.derivation(), growth, rank, r.statedRank(), r.sourceId(),
					r.sourceId() == null ? null : sources.get(new SourceId(r.sourceId())).title()));
		}
		return figures;
	}

	/** The park's own industry's latest figure, for the overview; {@literal null} if none is stored. */
	public @Nullable IndustryFigure latestOfParkIndustry(Actor actor, UUID parkId) {
		return of(actor, parkId).stream().filter(IndustryFigure::parkIndustry).findFirst().orElse(null);
	}

	/** Records an industry's figure entered by staff. */
	@Transactional
	public UUID enter(Actor actor, IndustryFigureDraft draft) {
		if (!actor.actsForZone(draft.parkId())) {
			throw new NotAllowed("enter industry figures");
		}
		sources.get(new SourceId(draft.sourceId()));
		return insert(actor, draft, FigureBasis.ENTERED, null);
	}

	/**
	 * Records a figure as a source states it, or derived from stated ones (with how), e.g. by the demo
	 * data loader.
	 */
	@Transactional
	public UUID record(Actor actor, IndustryFigureDraft draft, FigureBasis basis, @Nullable String derivation) {
		if (!actor.actsForZone(draft.parkId())) {
			throw new NotAllowed("record industry figures");
		}
		return insert(actor, draft, basis, derivation);
	}

	private UUID insert(Actor actor, IndustryFigureDraft d, FigureBasis basis, @Nullable String derivation) {
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into stats_industry_figure (id, park_id, year, industry_zh, industry_en, park_industry,
					  output_value, basis, derivation, stated_rank, source_id, created_at, created_by)
					values (:id, :park, :year, :zh, :en, :own, :value, :basis, :derivation, :rank, :source, :at, :by)""")
				.param("id", id)
				.param("park", d.parkId())
				.param("year", d.year())
				.param("zh", d.industryZh().strip())
				.param("en", d.industryEn())
				.param("own", d.parkIndustry())
				.param("value", d.outputValue())
				.param("basis", basis.name())
				.param("derivation", derivation)
				.param("rank", d.statedRank())
				.param("source", d.sourceId())
				.param("at", Timestamp.from(clock.instant()))
				.param("by", actor.username())
				.update();
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw new org.batterytown.shared.RuleViolation("industryZh", "stats.industry.exists", d.year());
		}
		return id;
	}

	private record Row(UUID id, int year, String industryZh, @Nullable String industryEn, boolean parkIndustry,
			@Nullable BigDecimal outputValue, FigureBasis basis, @Nullable String derivation,
			@Nullable Integer statedRank, @Nullable UUID sourceId) {
	}

}
