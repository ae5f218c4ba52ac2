package org.batterytown.stats;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The enterprises at risk of leaving or failing, for the monthly dispatch report: supplied by the
 * retention module, which reads the statistics and so cannot be read by them. Without such a bean the
 * report simply has no such section.
 */
public interface DispatchRisks {

	/** The park's enterprises at risk as the report is prepared, highest score first. */
	List<Dispatch.AtRisk> of(UUID parkId, YearMonth month);

}
