package org.batterytown.approval;

import org.batterytown.calendar.DayType;
import org.jspecify.annotations.Nullable;

/** New limits of a catalogue item: statutory days and how they count, the promised days, commitment, post-check. */
public record ItemTypeChange(@Nullable Integer limitDays, @Nullable DayType dayType, @Nullable Integer promisedDays,
		@Nullable Boolean commitment, @Nullable Integer postCheckDays) {
}
