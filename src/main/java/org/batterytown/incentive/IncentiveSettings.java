package org.batterytown.incentive;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param warnDays how many days before its due date an unmet commitment is flagged (an inference of ours;
 *     no source sets it)
 */
@ConfigurationProperties("batterytown.incentive")
record IncentiveSettings(Integer warnDays) {

	IncentiveSettings {
		warnDays = warnDays == null ? 30 : warnDays;
	}

}
