package org.batterytown.park.web;

import java.util.UUID;

import org.batterytown.park.ParkView;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A park in the API; unknown values are {@literal null}. */
record ParkDto(UUID id, String code, String nameZh, @Nullable String nameEn, @Nullable String province,
		@Nullable String city, @Nullable String county, @Nullable String town, @Nullable String tierZh,
		@Nullable String tierEn, @Nullable String managingBodyZh, @Nullable String managingBodyEn,
		@Nullable String leadIndustryZh, @Nullable String leadIndustryEn, @Nullable String descriptionZh,
		@Nullable String descriptionEn, long version) {

	static ParkDto of(ParkView p) {
		return new ParkDto(p.id().value(), p.code(), p.name().zh(), p.name().en(), p.province(), p.city(), p.county(),
				p.town(), zh(p.tier()), en(p.tier()), zh(p.managingBody()), en(p.managingBody()), zh(p.leadIndustry()),
				en(p.leadIndustry()), zh(p.description()), en(p.description()), p.version());
	}

	private static @Nullable String zh(@Nullable LocalizedText t) {
		return t == null ? null : t.zh();
	}

	private static @Nullable String en(@Nullable LocalizedText t) {
		return t == null ? null : t.en();
	}

}
