package org.batterytown.land;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A nameplate review of a parcel for a year: what each indicator was committed at and measured at, and
 * where the measured figures came from.
 *
 * @param reports how many of the enterprise's monthly reports of the year the statistics hold (0: the
 *     output, tax and energy figures are unknown)
 */
public record ReviewView(UUID parcelId, int year, @Nullable UUID projectId, @Nullable UUID enterpriseId,
		ReviewActuals actuals, int reports, List<ReviewRow> rows, boolean compliant) {
}
