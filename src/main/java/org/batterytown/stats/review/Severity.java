package org.batterytown.stats.review;

/** How a finding stops a report: a hard error blocks it, a warning needs an explanation. */
public enum Severity {

	HARD, WARNING

}
