package org.batterytown.approval;

import org.batterytown.calendar.DayType;
import org.batterytown.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An approval item of the catalogue: its 工改 stage (1–4; 0 parallel; 5 utilities), department, the
 * statutory limit and the zone's promised one, whether it may go by commitment and how many working days
 * its post-check then gets, when a project needs it, and its legal basis with the grade of its source.
 */
public record ItemType(String code, int stage, LocalizedText name, String department, int limitDays, DayType dayType,
		@Nullable Integer promisedDays, boolean commitment, @Nullable Integer postCheckDays, AppliesWhen appliesWhen,
		String legalBasis, char grade) {

	/** What about a project makes it need the item. */
	public enum AppliesWhen {

		ALWAYS, NEW_LAND, SPECIAL_FIRE, HAZARDOUS, ENERGY_REVIEW, EIA_REPORT, EIA_FORM, EIA_REGISTRATION

	}

}
