package org.batterytown.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.plan.ScenarioOverride;
import org.jspecify.annotations.Nullable;

/**
 * The plan page's form for a named scenario: a name and up to {@link #ROWS} overrides; rows left
 * empty are ignored.
 */
record ScenarioForm(@Nullable String name, List<Row> overrides) {

	static final int ROWS = 3;

	/** Rows the browser sent nothing for bind as null: each becomes an empty row, and there are {@link #ROWS}. */
	ScenarioForm(@Nullable String name, @Nullable List<@Nullable Row> overrides) {
		this.name = name;
		List<Row> rows = new ArrayList<>();
		if (overrides != null) {
			overrides.forEach(r -> rows.add(r == null ? new Row(null, null, null, null) : r));
		}
		while (rows.size() < ROWS) {
			rows.add(new Row(null, null, null, null));
		}
		this.overrides = rows;
	}

	static ScenarioForm empty() {
		return new ScenarioForm(null, null);
	}

	public List<Row> rows() {
		return overrides;
	}

	/** The form's index of each filled row, in order. */
	List<Integer> filled() {
		List<Integer> filled = new ArrayList<>();
		List<Row> rows = rows();
		for (int i = 0; i < rows.size(); i++) {
			if (!rows.get(i).isEmpty()) {
				filled.add(i);
			}
		}
		return filled;
	}

	List<ScenarioOverride> toOverrides() {
		return filled().stream().map(i -> rows().get(i)).map(r -> new ScenarioOverride(r.type(), r.projectId(), r.link(),
				r.value())).toList();
	}

	record Row(ScenarioOverride.@Nullable Type type, @Nullable UUID projectId, @Nullable Link link,
			@Nullable BigDecimal value) {

		boolean isEmpty() {
			return type == null && projectId == null && link == null && value == null;
		}

	}

}
