package org.batterytown.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module reads time from: the park's time zone, replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/** The time zone of every park served so far (Asia/Shanghai). */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
