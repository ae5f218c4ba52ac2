package org.batterytown.database;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded database.
 *
 * @param dataDir where data persists ({@code BATTERYTOWN_DATA_DIR}); blank gives a throw-away directory,
 * which tests use
 * @param poolSize connections the app keeps open
 * @param connectionTimeout how long a request waits for a free connection (or for PostgreSQL to come
 * back) before it fails and is answered 503; 30 s unless set
 */
@ConfigurationProperties("batterytown")
record DatabaseSettings(String dataDir, int poolSize, @Nullable Duration connectionTimeout) {

	DatabaseSettings {
		dataDir = dataDir == null ? "" : dataDir.trim();
		poolSize = poolSize <= 0 ? 5 : poolSize;
		connectionTimeout = connectionTimeout == null || connectionTimeout.isNegative() || connectionTimeout.isZero()
				? Duration.ofSeconds(30) : connectionTimeout;
	}

	@Override
	public Duration connectionTimeout() {
		return connectionTimeout == null ? Duration.ofSeconds(30) : connectionTimeout;
	}

}
