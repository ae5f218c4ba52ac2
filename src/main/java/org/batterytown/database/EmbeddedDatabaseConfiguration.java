package org.batterytown.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 17 inside the app unless {@code spring.datasource.url} names a server. With a data
 * directory the data persists across restarts; without one (tests) it lives in a temporary directory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	// The library's own shutdown hook would race Spring's: PostgreSQL stopped before the pool closed.
	// Spring closes the pool (it depends on this bean) and then this bean.
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(DatabaseSettings settings) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(30))
			.setServerConfig("timezone", "Asia/Shanghai");
		if (!settings.dataDir().isEmpty()) {
			Path pgDir = Path.of(settings.dataDir()).toAbsolutePath().normalize().resolve("pg");
			Files.createDirectories(pgDir);
			DataDirectoryGuard.prepare(pgDir);
			// The library tunes PostgreSQL for throw-away test data (it passes -F: no fsync); persistent
			// data must not lose committed transactions when the machine stops. A -c given later wins.
			builder.setDataDirectory(pgDir)
				.setCleanDataDirectory(false)
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("fsync", "on");
		}
		return builder.start();
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres, DatabaseSettings settings) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(settings.poolSize());
		config.setPoolName("battery-town");
		// While PostgreSQL is away a request waits this long for a connection, then is answered 503.
		config.setConnectionTimeout(settings.connectionTimeout().toMillis());
		return new HikariDataSource(config);
	}

}
