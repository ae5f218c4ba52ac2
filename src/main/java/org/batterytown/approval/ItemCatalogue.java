package org.batterytown.approval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.batterytown.calendar.DayType;
import org.batterytown.shared.LocalizedText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The approval items a project may need, in the catalogue's order (seeded from SERVICES.md §1.2). */
@Component
class ItemCatalogue {

	private final JdbcClient jdbc;

	ItemCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ItemType> all() {
		return jdbc.sql("""
				select code, stage, name_zh, name_en, department, limit_days, day_type, promised_days, commitment,
				       post_check_days, applies_when, legal_basis, grade
				from approval_item_type order by position""")
			.query((rs, n) -> new ItemType(rs.getString("code"), rs.getInt("stage"),
					new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")), rs.getString("department"),
					rs.getInt("limit_days"), DayType.valueOf(rs.getString("day_type")),
					(Integer) rs.getObject("promised_days"), rs.getBoolean("commitment"),
					(Integer) rs.getObject("post_check_days"), ItemType.AppliesWhen.valueOf(rs.getString("applies_when")),
					rs.getString("legal_basis"), rs.getString("grade").charAt(0)))
			.list();
	}

	/** @return whether the item exists */
	boolean update(String code, int limitDays, DayType dayType, @org.jspecify.annotations.Nullable Integer promisedDays,
			boolean commitment, @org.jspecify.annotations.Nullable Integer postCheckDays) {
		return jdbc.sql("""
				update approval_item_type set limit_days = :limit, day_type = :type, promised_days = :promised,
				    commitment = :commitment, post_check_days = :post where code = :code""")
			.param("limit", limitDays).param("type", dayType.name()).param("promised", promisedDays)
			.param("commitment", commitment).param("post", postCheckDays).param("code", code).update() == 1;
	}

	Map<String, ItemType> byCode() {
		Map<String, ItemType> byCode = new LinkedHashMap<>();
		all().forEach(t -> byCode.put(t.code(), t));
		return byCode;
	}

}
