package org.batterytown.retention;

/** What an early-warning signal is about; each adds its weight to an enterprise's risk score. */
public enum SignalKind {

	OUTPUT_FALLING(2), ELECTRICITY_FALLING(1), LOW_UTILIZATION(1), LATE_REPORTS(1), TICKETS_OVERDUE(1),
	COMMITMENTS_MISSED(2), SURVEY_RED_FLAG(1);

	private final int weight;

	SignalKind(int weight) {
		this.weight = weight;
	}

	/** The weight of a signal of this kind; a red flag takes its rule's weight instead. */
	public int weight() {
		return weight;
	}

}
