package org.batterytown.retention;

/** What a visit talked about. */
public enum Topic {

	EXPANSION, PRODUCTION, HIRING, POWER, LAND, LOGISTICS, RAW_MATERIALS, TALENT, FINANCE, APPROVALS, POLICY, MARKET,
	OTHER

}
