package org.batterytown.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.ChangesRecorded;
import org.batterytown.shared.FieldChange;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Stores every {@link ChangesRecorded} and answers change histories. The listener is synchronous on
 * purpose: it runs in the publisher's transaction, so a change and its audit record commit together
 * or not at all.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ChangesRecorded event) {
		for (FieldChange change : event.changes()) {
			jdbc.sql("""
					insert into audit_entry (park_id, subject_type, subject_id, username, changed_at, field, old_value, new_value)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(event.parkId(), event.subjectType(), event.subjectId(), event.username(),
						Timestamp.from(event.at()), change.field(), change.oldValue(), change.newValue())
				.update();
		}
	}

	/**
	 * The history of one subject, newest first. Callers check that the actor may read the subject.
	 */
	public List<AuditEntry> historyOf(String subjectType, UUID subjectId) {
		return jdbc.sql("""
				select changed_at, username, field, old_value, new_value from audit_entry
				where subject_type = ? and subject_id = ? order by changed_at desc, id desc""")
			.params(subjectType, subjectId)
			.query((rs, n) -> new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

}
