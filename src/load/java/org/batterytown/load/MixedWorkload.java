package org.batterytown.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.YearMonth;
import java.util.UUID;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The mixed workload against a running instance: each of {@code load.users} users (default 50) gets
 * an enterprise with a producing project, then for {@code load.seconds} reads the dashboard and the
 * project list, edits its project (with If-Match) and submits a monthly report for the next month.
 * Every write the server acknowledged is appended to {@code load.acks} for {@link WriteCheck}.
 */
public class MixedWorkload extends Simulation {

	static final String URL = System.getProperty("load.url", "http://localhost:8088");

	static final String PASSWORD = System.getProperty("load.password", "");

	static final String PARK = System.getProperty("load.park", "");

	static final int USERS = Integer.getInteger("load.users", 50);

	static final int SECONDS = Integer.getInteger("load.seconds", 120);

	static final Path ACKS = Path.of(System.getProperty("load.acks", "target/load-acks.csv"));

	private final HttpProtocolBuilder protocol = http.baseUrl(URL)
		.basicAuth("admin", PASSWORD)
		.acceptHeader("application/json, application/problem+json")
		.contentTypeHeader("application/json")
		.shareConnections();

	static synchronized void ackLine(String line) {
		try {
			Files.writeString(ACKS, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private final ChainBuilder setup = exec(http("register enterprise").post("/api/v1/enterprises")
		.body(StringBody(s -> "{\"parkId\":\"" + PARK + "\",\"nameZh\":\"压测企业 " + UUID.randomUUID()
				+ "\",\"chainLeader\":false}"))
		.check(status().is(201), jsonPath("$.id").saveAs("enterprise")))
		.exitHereIfFailed()
		.exec(http("register project").post("/api/v1/projects")
			.body(StringBody(s -> MixedWorkloadBodies.project(s, "edit 0")))
			.check(status().is(201), jsonPath("$.id").saveAs("project"), header("ETag").saveAs("etag")))
		.exitHereIfFailed()
		.exec(s -> s.set("edit", 0).set("month", 0));

	private final ChainBuilder iteration = exec(http("dashboard page").get("/").header("Accept", "text/html")
		.check(status().is(200)))
		.exec(http("project list").get("/api/v1/projects?parkId=" + PARK + "&size=20").check(status().is(200)))
		.exec(s -> s.set("edit", s.getInt("edit") + 1))
		.exec(http("edit project").put("/api/v1/projects/#{project}").header("If-Match", "#{etag}")
			.body(StringBody(s -> MixedWorkloadBodies.project(s, "edit " + s.getInt("edit"))))
			.check(status().is(200), header("ETag").saveAs("etag")))
		.exitHereIfFailed()
		.exec(s -> {
			ackLine("project," + s.getString("project") + ",edit " + s.getInt("edit"));
			return s;
		})
		.exec(s -> s.set("period", YearMonth.of(2010, 1).plusMonths(s.getInt("month")).toString())
			.set("month", s.getInt("month") + 1))
		.exec(http("open report").post("/api/v1/stats/reports")
			.body(StringBody(s -> "{\"enterpriseId\":\"" + s.getString("enterprise") + "\",\"period\":\""
					+ s.getString("period") + "\"}"))
			.check(status().is(201), jsonPath("$.id").saveAs("report"), header("ETag").saveAs("reportEtag")))
		.exitHereIfFailed()
		.exec(http("submit report").post("/api/v1/stats/reports/#{report}/submit").header("If-Match", "#{reportEtag}")
			.body(StringBody(MixedWorkloadBodies.REPORT))
			.check(status().is(200)))
		.exitHereIfFailed()
		.exec(s -> {
			ackLine("report," + s.getString("report") + ",11000000");
			return s;
		});

	private final ScenarioBuilder users = scenario("mixed").exec(setup)
		.during(Duration.ofSeconds(SECONDS)).on(iteration);

	{
		setUp(users.injectOpen(atOnceUsers(USERS))).protocols(protocol);
	}

}
