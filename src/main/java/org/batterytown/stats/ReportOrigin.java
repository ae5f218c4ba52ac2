package org.batterytown.stats;

/** How a report came in: typed in the browser or the API, imported by staff, or generated for benchmarks. */
public enum ReportOrigin {

	FORM, IMPORT, SYNTHETIC

}
