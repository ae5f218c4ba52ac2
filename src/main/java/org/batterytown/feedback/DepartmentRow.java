package org.batterytown.feedback;

import org.jspecify.annotations.Nullable;

/**
 * A department's tickets.
 *
 * @param onTimeRate answered within the limit, of those answered; null with none answered
 * @param medianResponseDays median working days from filing to the first answer
 * @param poorRatings ratings of 2 or less (差评)
 */
public record DepartmentRow(String department, int tickets, int answered, int answeredOnTime,
		@Nullable Double onTimeRate, @Nullable Double medianResponseDays, int overdueOpen, int rated,
		@Nullable Double averageRating, int poorRatings) {

	/** The row of tickets not yet routed to any department. */
	public static final String UNROUTED = "—";

}
