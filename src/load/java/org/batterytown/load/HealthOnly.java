package org.batterytown.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.Simulation;

/** The same users for the same time against /actuator/health only: the ceiling the workload is set beside. */
public class HealthOnly extends Simulation {

	{
		setUp(scenario("health").during(Duration.ofSeconds(MixedWorkload.SECONDS))
			.on(exec(http("health").get("/actuator/health").check(status().is(200))))
			.injectOpen(atOnceUsers(MixedWorkload.USERS))).protocols(http.baseUrl(MixedWorkload.URL).shareConnections());
	}

}
