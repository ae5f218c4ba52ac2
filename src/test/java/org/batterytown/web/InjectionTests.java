package org.batterytown.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.attraction.AttractionManagement;
import org.batterytown.attraction.LeadDraft;
import org.batterytown.attraction.LeadSource;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** Names that are scripts or spreadsheet formulas come back as text: escaped in pages, plain strings in Excel. */
class InjectionTests extends IntegrationTest {

	@Autowired
	AttractionManagement attraction;

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"点我\")";

	@Test
	void aScriptInANameIsShownEscapedOnEveryPageThatShowsIt() throws Exception {
		String name = SCRIPT + UUID.randomUUID().toString().substring(0, 6);
		enterprises.register(Actor.system(), new EnterpriseDraft(pingding().id().value(), null, name, null, null, null,
				false, null));
		String staff = ensureUser("injection-staff", Role.STAFF, pingding().id().value(), null);
		for (String path : new String[] { "/enterprises", "/tickets/new", "/incentives/deals/new", "/approvals/new" }) {
			String html = mvc.perform(get(path).with(loggedIn(staff))).andReturn().getResponse().getContentAsString();
			assertThat(html).as(path).doesNotContain("<script>alert('x')");
			if (!path.equals("/approvals/new")) {
				assertThat(html).as(path).contains("&lt;script&gt;alert(");
			}
		}
	}

	@Test
	void aFormulaInACodeNameIsExportedAsTextNotAsAFormula() throws Exception {
		String code = FORMULA + UUID.randomUUID().toString().substring(0, 4);
		attraction.open(Actor.system(), new LeadDraft(pingding().id().value(), code, SCRIPT, null, null,
				new BigDecimal("1"), null, null, null, null, LeadSource.WALK_IN, null, null, null, null, null, null));
		String staff = ensureUser("injection-staff", Role.STAFF, pingding().id().value(), null);
		byte[] xlsx = mvc.perform(get("/leads/export.xlsx").with(loggedIn(staff))).andReturn().getResponse()
			.getContentAsByteArray();
		List<org.dhatim.fastexcel.reader.Cell> cells = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.getFirstSheet().read().forEach(row -> row.stream()
				.filter(c -> c != null && c.getText() != null && c.getText().contains(code.substring(1)))
				.forEach(cells::add));
		}
		// a string cell, and prefixed so that a copy into a CSV or another sheet cannot run it either
		assertThat(cells).isNotEmpty().allSatisfy(c -> {
			assertThat(c.getType()).isEqualTo(CellType.STRING);
			assertThat(c.getText()).startsWith("'=");
		});
	}

}
