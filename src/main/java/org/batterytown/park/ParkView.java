package org.batterytown.park;

import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A park as other modules and pages read it; unknown texts are {@literal null}. */
public record ParkView(ParkId id, String code, LocalizedText name, @Nullable String province, @Nullable String city,
		@Nullable String county, @Nullable String town, @Nullable LocalizedText tier,
		@Nullable LocalizedText managingBody, @Nullable LocalizedText leadIndustry,
		@Nullable LocalizedText description, long version) {
}
