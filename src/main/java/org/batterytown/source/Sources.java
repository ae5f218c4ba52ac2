package org.batterytown.source;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.batterytown.shared.NotFound;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of sources and the citations of figures. Access to a subject's citations is checked by
 * the module that owns the subject.
 */
@Service
@Transactional(readOnly = true)
public class Sources {

	private static final RowMapper<Source> SOURCE = (rs, n) -> new Source(new SourceId(rs.getObject("id", UUID.class)),
			rs.getString("title"), rs.getString("publisher"),
			Optional.ofNullable(rs.getDate("published_on")).map(Date::toLocalDate).orElse(null), rs.getString("url"));

	private final JdbcClient jdbc;

	Sources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Registers a source; an identical one (same title, publisher and date) is reused, not repeated. */
	@Transactional
	public SourceId register(SourceDraft draft) {
		Optional<SourceId> existing = jdbc.sql("""
				select id from source where title = ? and coalesce(publisher, '') = coalesce(?, '')
				and published_on is not distinct from ?""")
			.params(draft.title().trim(), draft.publisher(), sqlDate(draft.publishedOn()))
			.query(UUID.class)
			.optional()
			.map(SourceId::new);
		if (existing.isPresent()) {
			return existing.get();
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into source (id, title, publisher, published_on, url) values (?, ?, ?, ?, ?)")
			.params(id, draft.title().trim(), blankToNull(draft.publisher()), sqlDate(draft.publishedOn()),
					blankToNull(draft.url()))
			.update();
		return new SourceId(id);
	}

	/** Cites a source for one field of a subject; citing the same twice changes nothing. */
	@Transactional
	public void cite(SourceId source, Subject subject, String field) {
		get(source);
		jdbc.sql("""
				insert into citation (id, source_id, park_id, subject_type, subject_id, field) values (?, ?, ?, ?, ?, ?)
				on conflict (subject_type, subject_id, field, source_id) do nothing""")
			.params(UUID.randomUUID(), source.value(), subject.parkId(), subject.type(), subject.id(), field)
			.update();
	}

	public Source get(SourceId id) {
		return jdbc.sql("select * from source where id = ?")
			.param(id.value())
			.query(SOURCE)
			.optional()
			.orElseThrow(() -> new NotFound("source", id.value()));
	}

	public List<Source> all() {
		return jdbc.sql("select * from source order by published_on desc nulls last, title").query(SOURCE).list();
	}

	/** Citations of a subject, grouped by nothing: one row per field and source. */
	public List<Citation> citationsOf(String subjectType, UUID subjectId) {
		return jdbc.sql("""
				select c.field, s.* from citation c join source s on s.id = c.source_id
				where c.subject_type = ? and c.subject_id = ? order by c.field, s.title""")
			.params(subjectType, subjectId)
			.query((rs, n) -> new Citation(rs.getString("field"), SOURCE.mapRow(rs, n)))
			.list();
	}

	private static java.sql.@org.jspecify.annotations.Nullable Date sqlDate(
			@org.jspecify.annotations.Nullable LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
