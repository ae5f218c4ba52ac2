package org.batterytown.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.project.CapacityLineDraft;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectDraft;
import org.batterytown.project.ProjectManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/** A ticket from filing to closing through the API and pages, its attachments, and what others see of it. */
class TicketTests extends IntegrationTest {

	@Autowired
	Tickets tickets;

	@Autowired
	ProjectManagement projects;

	@Autowired
	JdbcClient jdbc;

	private static final byte[] PDF = "%PDF-1.4\n%说明\n".getBytes(StandardCharsets.UTF_8);

	private UUID enterprise;

	private UUID project;

	private String clerk() {
		enterprise = enterprises.register(Actor.system(), new EnterpriseDraft(pingding().id().value(), null,
				"诉求测试企业 " + UUID.randomUUID(), null, null, null, false, null)).value();
		project = projects.register(Actor.system(), new ProjectDraft(enterprise, "诉求测试项目", null, null, null, null,
				List.of(new CapacityLineDraft(Product.ANODE_FINISHED, null, null)), List.of())).value();
		return ensureUser("ticket-clerk-" + UUID.randomUUID().toString().substring(0, 6), Role.ENTERPRISE, null, enterprise);
	}

	@Test
	void anEnterpriseFilesTheZoneRoutesAndAnswersAndTheEnterpriseRatesThroughTheApi() {
		String clerk = clerk();
		String staff = ensureUser("ticket-staff", Role.STAFF, pingding().id().value(), null);
		var filed = api().post("/api/v1/tickets", clerk, USER_PASSWORD, Map.of("category", "HELP", "title", "蒸汽管网接入",
				"description", "园区蒸汽管网何时接入？", "projectId", project.toString()));
		assertThat(filed.status()).isEqualTo(201);
		UUID id = UUID.fromString(filed.json().get("id").asString());
		TicketView t = tickets.get(Actor.system(), id);
		assertThat(t.enterpriseId()).isEqualTo(enterprise);
		assertThat(t.dueOn()).isEqualTo(calendarDue(t.filedOn(), 3));

		var unrouted = api().post("/api/v1/tickets/" + id + "/answers", staff, USER_PASSWORD, Map.of("text", "已答复"),
				t.version());
		assertThat(unrouted.status()).isEqualTo(422);
		var routed = api().post("/api/v1/tickets/" + id + "/routing", staff, USER_PASSWORD, Map.of("department", "供电企业"),
				t.version());
		assertThat(routed.status()).isEqualTo(200);
		var answered = api().post("/api/v1/tickets/" + id + "/answers", staff, USER_PASSWORD,
				Map.of("text", "供热公司计划下月接入"), Long.parseLong(routed.etag().replace("\"", "")));
		assertThat(answered.status()).isEqualTo(200);
		long version = Long.parseLong(answered.etag().replace("\"", ""));
		assertThat(api().post("/api/v1/tickets/" + id + "/ratings", staff, USER_PASSWORD, Map.of("rating", 5), version)
			.status()).isEqualTo(403);
		var rated = api().post("/api/v1/tickets/" + id + "/ratings", clerk, USER_PASSWORD, Map.of("rating", 4), version);
		assertThat(rated.status()).isEqualTo(200);
		TicketView closed = tickets.get(Actor.system(), id);
		assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(closed.rating()).isEqualTo(4);
		assertThat(closed.responseDays()).isZero();
		assertThat(tickets.stats(Actor.system(), pingding().id().value()))
			.anySatisfy(r -> {
				assertThat(r.department()).isEqualTo("供电企业");
				assertThat(r.answered()).isPositive();
			});
	}

	@Test
	void anotherEnterpriseSeesNothingAndAnAttachmentGoesOnlyToThoseAllowed() throws Exception {
		String clerk = clerk();
		UUID id = tickets.file(new Actor(clerk, Role.ENTERPRISE, pingding().id().value(), enterprise),
				new TicketDraft(null, null, "COMPLAINT", "审批拖延", "环评迟迟未受理"));
		String location = mvc.perform(multipart("/tickets/" + id + "/attachments")
			.file(new MockMultipartFile("file", "../../etc/情况说明.pdf", "text/html", PDF)).with(loggedIn(clerk)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).endsWith("/tickets/" + id);
		AttachmentInfo a = tickets.get(Actor.system(), id).attachments().get(0);
		assertThat(a.filename()).isEqualTo("情况说明.pdf");
		assertThat(a.contentType()).isEqualTo("application/pdf");
		mvc.perform(get("/tickets/" + id + "/attachments/" + a.id()).with(loggedIn(clerk)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));
		String other = ensureUser("ticket-other", Role.ENTERPRISE, null, enterprise("山西中烨新能源科技有限公司").id().value());
		mvc.perform(get("/tickets/" + id + "/attachments/" + a.id()).with(loggedIn(other))).andExpect(status().isNotFound());
		assertThat(api().get("/api/v1/tickets/" + id, other, USER_PASSWORD).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/tickets?parkId=" + pingding().id().value(), other, USER_PASSWORD).text())
			.doesNotContain("审批拖延");

		// a script with a .pdf name, an empty file and one too large are refused and nothing is stored
		assertThatThrownBy(() -> tickets.attach(Actor.system(), id, "x.pdf", "<script>alert(1)</script>".getBytes()))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("ticket.attachment.type"));
		assertThatThrownBy(() -> tickets.attach(Actor.system(), id, "x.pdf", new byte[0]))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("ticket.attachment.empty"));
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		assertThatThrownBy(() -> tickets.attach(Actor.system(), id, "big.pdf", big))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("ticket.attachment.tooLarge"));
		assertThat(tickets.get(Actor.system(), id).attachments()).hasSize(1);
	}

	@Test
	void aTicketFiledWithABadAttachmentLeavesNoTicketAndTheFormSaysWhy() throws Exception {
		String clerk = clerk();
		int before = tickets.list(Actor.system(), pingding().id().value()).size();
		mvc.perform(multipart("/tickets").file(new MockMultipartFile("file", "run.exe", "application/octet-stream",
				new byte[] { 0x4D, 0x5A, 0 }))
			.param("parkId", pingding().id().value().toString()).param("category", "HELP").param("title", "用工求助")
			.param("description", "需要招聘 50 名操作工").with(loggedIn(clerk)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("只接受 PDF、PNG、JPEG、Word（.docx）和 Excel（.xlsx）文件。")));
		assertThat(tickets.list(Actor.system(), pingding().id().value())).hasSize(before);
		mvc.perform(post("/tickets").param("parkId", pingding().id().value().toString()).with(loggedIn(clerk)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("请选择诉求类别。")))
			.andExpect(content().string(Matchers.containsString("请填写标题（不超过 200 字）。")));
	}

	@Test
	void aProjectWithAnOverdueTicketShowsItOnItsPage() throws Exception {
		String clerk = clerk();
		UUID id = tickets.file(Actor.system(), new TicketDraft(enterprise, project, "CONSULTATION", "用地手续咨询", "何时办证"));
		// the ticket was filed three weeks ago: its answer was due three working days later
		jdbc.sql("update ticket set filed_on = :f, round_started_on = :f, due_on = :d where id = :id")
			.param("f", Date.valueOf(LocalDate.now().minusDays(21))).param("d", Date.valueOf(LocalDate.now().minusDays(16)))
			.param("id", id).update();
		assertThat(tickets.get(Actor.system(), id).overdue()).isTrue();
		mvc.perform(get("/tickets/overdue").param("projectId", project.toString()).with(loggedIn(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("用地手续咨询")))
			.andExpect(content().string(Matchers.containsString("overdue-tickets")));
		mvc.perform(get("/projects/" + project).with(loggedIn(clerk)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/tickets/overdue?projectId=" + project)));
		// and in the month's dispatch report
		var dispatch = months.dispatch(Actor.system(), pingding().id().value(), java.time.YearMonth.now().minusMonths(1))
			.dispatch();
		assertThat(dispatch.overdueTickets()).anySatisfy(o -> {
			assertThat(o.projectId()).isEqualTo(project);
			assertThat(o.tickets()).isEqualTo(1);
			assertThat(o.maxOverdueDays()).isPositive();
		});
	}

	@Autowired
	org.batterytown.stats.StatsMonths months;

	@Test
	void anAdminChangesACategorysLimitAndNewTicketsFollowIt() {
		try {
			Category changed = tickets.changeCategory(Actor.system(), "SUGGESTION", 12);
			assertThat(changed.responseDays()).isEqualTo(12);
			clerk();
			UUID id = tickets.file(Actor.system(), new TicketDraft(enterprise, null, "SUGGESTION", "建议设公交线", "通勤不便"));
			TicketView t = tickets.get(Actor.system(), id);
			assertThat(t.dueOn()).isEqualTo(calendarDue(t.filedOn(), 12));
			assertThatThrownBy(() -> tickets.changeCategory(Actor.system(), "SUGGESTION", 0))
				.isInstanceOf(RuleViolation.class);
		}
		finally {
			tickets.changeCategory(Actor.system(), "SUGGESTION", 10);
		}
	}

	@Autowired
	org.batterytown.calendar.Calendars calendars;

	private LocalDate calendarDue(LocalDate start, int days) {
		return calendars.current().due(start, days, org.batterytown.calendar.DayType.WORKING);
	}

}
