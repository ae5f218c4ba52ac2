package org.batterytown.park;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What it takes to register or edit a park; texts come in Chinese and, optionally, English. */
public record ParkDraft(
		@NotBlank(message = "{park.code.required}") @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "{park.code.invalid}") String code,
		@NotBlank(message = "{field.nameZh.required}") @Size(max = 200) String nameZh, @Nullable @Size(max = 200) String nameEn,
		@Nullable @Size(max = 50) String province, @Nullable @Size(max = 50) String city,
		@Nullable @Size(max = 50) String county, @Nullable @Size(max = 50) String town,
		@Nullable @Size(max = 200) String tierZh, @Nullable @Size(max = 200) String tierEn,
		@Nullable @Size(max = 200) String managingBodyZh, @Nullable @Size(max = 200) String managingBodyEn,
		@Nullable @Size(max = 200) String leadIndustryZh, @Nullable @Size(max = 200) String leadIndustryEn,
		@Nullable String descriptionZh, @Nullable String descriptionEn) {
}
