package org.batterytown.park;

import java.util.UUID;

import org.batterytown.shared.FieldChange;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A park or professional town (专业镇) and the body that manages it. */
@Table("park")
class Park {

	@Id
	private final UUID id;

	private String code;

	private String nameZh;

	private @Nullable String nameEn;

	private @Nullable String province;

	private @Nullable String city;

	private @Nullable String county;

	private @Nullable String town;

	private @Nullable String tierZh;

	private @Nullable String tierEn;

	private @Nullable String managingBodyZh;

	private @Nullable String managingBodyEn;

	private @Nullable String leadIndustryZh;

	private @Nullable String leadIndustryEn;

	private @Nullable String descriptionZh;

	private @Nullable String descriptionEn;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Park(UUID id, String code, String nameZh) {
		this.id = id;
		this.code = code;
		this.nameZh = nameZh;
	}

	/** A new park with nothing known yet; {@link #apply} fills it in and reports every field as set. */
	static Park blank() {
		return new Park(UUID.randomUUID(), "", "");
	}

	/** Applies an edit and returns what changed, for the audit trail. */
	java.util.List<FieldChange> apply(ParkDraft d) {
		var diff = new FieldChange.Diff().field("code", code, d.code())
			.field("nameZh", nameZh, d.nameZh())
			.field("nameEn", nameEn, d.nameEn())
			.field("province", province, d.province())
			.field("city", city, d.city())
			.field("county", county, d.county())
			.field("town", town, d.town())
			.field("tierZh", tierZh, d.tierZh())
			.field("managingBodyZh", managingBodyZh, d.managingBodyZh())
			.field("leadIndustryZh", leadIndustryZh, d.leadIndustryZh());
		code = d.code();
		nameZh = d.nameZh();
		nameEn = d.nameEn();
		province = d.province();
		city = d.city();
		county = d.county();
		town = d.town();
		tierZh = d.tierZh();
		tierEn = d.tierEn();
		managingBodyZh = d.managingBodyZh();
		managingBodyEn = d.managingBodyEn();
		leadIndustryZh = d.leadIndustryZh();
		leadIndustryEn = d.leadIndustryEn();
		descriptionZh = d.descriptionZh();
		descriptionEn = d.descriptionEn();
		return diff.changes();
	}

	ParkView view() {
		return new ParkView(new ParkId(id), code, new LocalizedText(nameZh, nameEn), province, city, county, town,
				text(tierZh, tierEn), text(managingBodyZh, managingBodyEn), text(leadIndustryZh, leadIndustryEn),
				text(descriptionZh, descriptionEn), version == null ? 0 : version);
	}

	private static @Nullable LocalizedText text(@Nullable String zh, @Nullable String en) {
		return zh == null || zh.isBlank() ? null : new LocalizedText(zh, en);
	}

	UUID id() {
		return id;
	}

	long version() {
		return version == null ? 0 : version;
	}

}
