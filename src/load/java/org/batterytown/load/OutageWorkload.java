package org.batterytown.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The mixed workload of {@link MixedWorkload}, for a run during which PostgreSQL is stopped and
 * started again: a 503 is the expected answer while it is away, so users go on (pausing a second)
 * instead of leaving. Any other failure — a 500, a 401 for the right password, a lost connection —
 * still counts as an error. Edits re-read the project first, since an edit whose answer was a 503
 * may or may not have landed. Acknowledged writes go to {@code load.acks} for {@link WriteCheck}.
 */
public class OutageWorkload extends Simulation {

	private static final AtomicLong UNAVAILABLE = new AtomicLong();

	private final HttpProtocolBuilder protocol = http.baseUrl(MixedWorkload.URL)
		.basicAuth("admin", MixedWorkload.PASSWORD)
		.acceptHeader("application/json, application/problem+json")
		.contentTypeHeader("application/json")
		// a re-read project must come with its ETag, not as a 304 to a cached copy
		.disableCaching()
		.shareConnections();

	/** Whether the last request succeeded; a failed check saves no status, so each request clears it. */
	private static boolean ok(Session s) {
		if (!s.contains("status")) {
			return false;
		}
		int status = s.getInt("status");
		if (status == 503) {
			UNAVAILABLE.incrementAndGet();
		}
		return status < 300;
	}

	private final ChainBuilder setup = exec(http("register enterprise").post("/api/v1/enterprises")
		.body(StringBody(s -> "{\"parkId\":\"" + MixedWorkload.PARK + "\",\"nameZh\":\"故障测试企业 "
				+ java.util.UUID.randomUUID() + "\",\"chainLeader\":false}"))
		.check(status().is(201), jsonPath("$.id").saveAs("enterprise")))
		.exitHereIfFailed()
		.exec(http("register project").post("/api/v1/projects")
			.body(StringBody(s -> MixedWorkloadBodies.project(s, "edit 0")))
			.check(status().is(201), jsonPath("$.id").saveAs("project")))
		.exitHereIfFailed()
		.exec(s -> s.set("edit", 0).set("month", 0));

	private final ChainBuilder pauseIfAway = exec(s -> s).doIf(s -> s.getInt("status") == 503)
		.then(exec(s -> s).pause(Duration.ofSeconds(1)));

	private final ChainBuilder iteration = exec(s -> s.remove("status")).exec(http("dashboard page").get("/").header("Accept", "text/html")
		.check(status().in(200, 503).saveAs("status")))
		.exec(s -> s.set("ignored", ok(s)))
		.exec(pauseIfAway)
		.exec(s -> s.remove("status")).exec(http("read project").get("/api/v1/projects/#{project}")
			.check(status().in(200, 503).saveAs("status"), header("ETag").optional().saveAs("etag")))
		.doIfOrElse(OutageWorkload::ok)
		.then(exec(s -> s.set("edit", s.getInt("edit") + 1))
			.exec(s -> s.remove("status")).exec(http("edit project").put("/api/v1/projects/#{project}").header("If-Match", "#{etag}")
				.body(StringBody(s -> MixedWorkloadBodies.project(s, "edit " + s.getInt("edit"))))
				.check(status().in(200, 503).saveAs("status")))
			.doIfOrElse(OutageWorkload::ok)
			.then(exec(s -> {
				MixedWorkload.ackLine("project," + s.getString("project") + ",edit " + s.getInt("edit"));
				return s;
			}))
			.orElse(pauseIfAway))
		.orElse(pauseIfAway)
		// a report whose opening answer was a 503 may exist: each attempt takes the next month
		.exec(s -> s.set("period", YearMonth.of(2010, 1).plusMonths(s.getInt("month")).toString())
			.set("month", s.getInt("month") + 1))
		.exec(s -> s.remove("status")).exec(http("open report").post("/api/v1/stats/reports")
			.body(StringBody(s -> "{\"enterpriseId\":\"" + s.getString("enterprise") + "\",\"period\":\""
					+ s.getString("period") + "\"}"))
			.check(status().in(201, 503).saveAs("status"), jsonPath("$.id").optional().saveAs("report"),
					header("ETag").optional().saveAs("reportEtag")))
		.doIfOrElse(OutageWorkload::ok)
		.then(exec(s -> s.remove("status")).exec(http("submit report").post("/api/v1/stats/reports/#{report}/submit")
			.header("If-Match", "#{reportEtag}")
			.body(StringBody(MixedWorkloadBodies.REPORT))
			.check(status().in(200, 503).saveAs("status")))
			.doIfOrElse(OutageWorkload::ok)
			.then(exec(s -> {
				MixedWorkload.ackLine("report," + s.getString("report") + ",11000000");
				return s;
			}))
			.orElse(pauseIfAway))
		.orElse(pauseIfAway);

	private final ScenarioBuilder users = scenario("outage").exec(setup)
		.during(Duration.ofSeconds(MixedWorkload.SECONDS)).on(iteration);

	{
		setUp(users.injectOpen(atOnceUsers(MixedWorkload.USERS))).protocols(protocol);
	}

	@Override
	public void after() {
		System.out.println("ANSWERED 503 (database away): " + UNAVAILABLE.get());
	}

}
