package org.batterytown.incentive;

/**
 * What a commitment measures. Investment is checked against the project's total investment in the
 * registry; output and tax against the enterprise's statistics of the due date's year up to that month;
 * jobs and other promises by what staff record.
 */
public enum CommitmentKind {

	INVESTMENT, OUTPUT, TAX, JOBS, OTHER

}
