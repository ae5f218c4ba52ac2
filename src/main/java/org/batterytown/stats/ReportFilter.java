package org.batterytown.stats;

import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Which reports a list shows; {@literal null} means any. */
public record ReportFilter(@Nullable YearMonth period, @Nullable ReportStatus status, @Nullable UUID enterpriseId) {

	public static ReportFilter none() {
		return new ReportFilter(null, null, null);
	}

}
