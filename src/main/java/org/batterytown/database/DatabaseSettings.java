package org.batterytown.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded database.
 *
 * @param dataDir where data persists ({@code BATTERYTOWN_DATA_DIR}); blank gives a throw-away directory,
 * which tests use
 * @param poolSize connections the app keeps open
 */
@ConfigurationProperties("batterytown")
record DatabaseSettings(String dataDir, int poolSize) {

	DatabaseSettings {
		dataDir = dataDir == null ? "" : dataDir.trim();
		poolSize = poolSize <= 0 ? 5 : poolSize;
	}

}
