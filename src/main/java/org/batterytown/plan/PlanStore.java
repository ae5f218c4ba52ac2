package org.batterytown.plan;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.enterprise.ChainRole;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans in their tables: a plan row naming its current version, and each version written whole (its
 * stages and targets), never changed afterwards.
 */
@Component
class PlanStore {

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID parkId, Instant at, String by) {
		jdbc.sql("""
				insert into plan (id, park_id, current_version, created_at, created_by, version)
				values (:id, :park, 1, :at, :by, 0)""")
			.param("id", id).param("park", parkId).param("at", Timestamp.from(at)).param("by", by).update();
	}

	/** Moves the plan to its next version if nobody did since {@code expected}; false if somebody did. */
	boolean advance(UUID id, int next, long expected) {
		return jdbc.sql("update plan set current_version = :next, version = version + 1 where id = :id and version = :v")
			.param("next", next).param("id", id).param("v", expected).update() == 1;
	}

	void writeVersion(UUID id, int no, PlanDraft draft, Instant at, String by) {
		jdbc.sql("""
				insert into plan_version (plan_id, no, name_zh, name_en, note, created_at, created_by)
				values (:id, :no, :zh, :en, :note, :at, :by)""")
			.param("id", id).param("no", no).param("zh", draft.nameZh().strip()).param("en", trim(draft.nameEn()))
			.param("note", trim(draft.note())).param("at", Timestamp.from(at)).param("by", by).update();
		for (StageDraft s : draft.stageList()) {
			jdbc.sql("""
					insert into plan_stage (plan_id, no, stage_no, name_zh, name_en, deadline)
					values (:id, :no, :stage, :zh, :en, :deadline)""")
				.param("id", id).param("no", no).param("stage", s.stageNo()).param("zh", s.nameZh().strip())
				.param("en", trim(s.nameEn())).param("deadline", Date.valueOf(s.deadline())).update();
		}
		List<TargetDraft> targets = draft.targetList();
		for (int i = 0; i < targets.size(); i++) {
			TargetDraft t = targets.get(i);
			jdbc.sql("""
					insert into plan_target (plan_id, no, position, stage_no, kind, link, toll_included, chain_role,
					    project_id, threshold, target_date, description_zh, description_en, interpretation, source_id,
					    quote, actual_value, actual_as_of, actual_source_id)
					values (:id, :no, :pos, :stage, :kind, :link, :toll, :role, :project, :threshold, :date, :zh, :en,
					    :interpretation, :source, :quote, :actual, :asOf, :actualSource)""")
				.param("id", id).param("no", no).param("pos", i + 1).param("stage", t.stageNo())
				.param("kind", t.kind().name()).param("link", t.link() == null ? null : t.link().name())
				.param("toll", t.tollIncluded()).param("role", t.chainRole() == null ? null : t.chainRole().name())
				.param("project", t.projectId()).param("threshold", t.threshold()).param("date", Date.valueOf(t.date()))
				.param("zh", t.descriptionZh().strip()).param("en", trim(t.descriptionEn()))
				.param("interpretation", trim(t.interpretation())).param("source", t.sourceId())
				.param("quote", trim(t.quote())).param("actual", t.actualValue())
				.param("asOf", t.actualAsOf() == null ? null : Date.valueOf(t.actualAsOf()))
				.param("actualSource", t.actualSourceId()).update();
		}
	}

	/** The plan's park, current version and lock version. */
	Optional<Head> head(UUID id) {
		return jdbc.sql("select park_id, current_version, version from plan where id = :id")
			.param("id", id)
			.query((rs, n) -> new Head(rs.getObject("park_id", UUID.class), rs.getInt("current_version"),
					rs.getLong("version")))
			.optional();
	}

	List<UUID> ofPark(UUID parkId) {
		return jdbc.sql("select id from plan where park_id = :park order by created_at").param("park", parkId)
			.query(UUID.class).list();
	}

	Optional<PlanView> read(UUID id, int no) {
		Optional<Head> head = head(id);
		if (head.isEmpty()) {
			return Optional.empty();
		}
		List<PlanView.Stage> stages = jdbc.sql("""
				select stage_no, name_zh, name_en, deadline from plan_stage where plan_id = :id and no = :no
				order by stage_no""")
			.param("id", id).param("no", no)
			.query((rs, n) -> new PlanView.Stage(rs.getInt("stage_no"),
					new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")), date(rs.getDate("deadline"))))
			.list();
		List<PlanView.Target> targets = jdbc.sql("select * from plan_target where plan_id = :id and no = :no order by position")
			.param("id", id).param("no", no).query((rs, n) -> target(rs)).list();
		return jdbc.sql("select * from plan_version where plan_id = :id and no = :no")
			.param("id", id).param("no", no)
			.query((rs, n) -> new PlanView(new PlanId(id), head.get().parkId(), no, head.get().current(),
					new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")), rs.getString("note"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), stages, targets,
					head.get().version()))
			.optional();
	}

	List<VersionEntry> versions(UUID id) {
		return jdbc.sql("select no, note, created_at, created_by from plan_version where plan_id = :id order by no desc")
			.param("id", id)
			.query((rs, n) -> new VersionEntry(rs.getInt("no"), rs.getString("note"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
			.list();
	}

	private static PlanView.Target target(ResultSet rs) throws SQLException {
		String link = rs.getString("link");
		String role = rs.getString("chain_role");
		return new PlanView.Target(rs.getInt("position"), rs.getInt("stage_no"), TargetKind.valueOf(rs.getString("kind")),
				link == null ? null : Link.valueOf(link), rs.getBoolean("toll_included"),
				role == null ? null : ChainRole.valueOf(role), rs.getObject("project_id", UUID.class),
				rs.getBigDecimal("threshold").stripTrailingZeros(), date(rs.getDate("target_date")),
				new LocalizedText(rs.getString("description_zh"), rs.getString("description_en")),
				rs.getString("interpretation"), rs.getObject("source_id", UUID.class), rs.getString("quote"),
				strip(rs.getBigDecimal("actual_value")), rs.getDate("actual_as_of") == null ? null
						: date(rs.getDate("actual_as_of")),
				rs.getObject("actual_source_id", UUID.class));
	}

	private static @Nullable BigDecimal strip(@Nullable BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros();
	}

	private static LocalDate date(Date date) {
		return date.toLocalDate();
	}

	private static @Nullable String trim(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	record Head(UUID parkId, int current, long version) {
	}

}
