package org.batterytown.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The enterprise forms answer bad input at the field and save nothing. */
class EnterprisePageTests extends IntegrationTest {

	@Test
	void aWrongCheckCharacterIsShownAtTheFieldAndNothingIsSaved() throws Exception {
		String staff = ensureUser("pages-enterprise-staff", Role.STAFF, pingding().id().value(), null);
		int before = enterprises.list(Actor.system()).size();

		MockHttpServletResponse response = send(staff, post("/enterprises").param("parkId", pingding().id().value().toString())
			.param("nameZh", "页面校验位公司").param("creditCode", "91350100M000100Y44").param("chainLeader", "false"));

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("统一社会信用代码校验位不正确").contains("91350100M000100Y44");
		assertThat(enterprises.list(Actor.system())).hasSize(before);
	}

	@Test
	void theCreditCodeCheckAsTheUserLeavesTheFieldAnswersInWords() throws Exception {
		String staff = ensureUser("pages-enterprise-staff", Role.STAFF, pingding().id().value(), null);

		String wrong = send(staff, post("/enterprises/check-credit-code").param("creditCode", "9135")).getContentAsString();
		String right = send(staff, post("/enterprises/check-credit-code").param("creditCode", "91350100M000100Y43"))
			.getContentAsString();

		assertThat(wrong).contains("统一社会信用代码应为 18 位");
		assertThat(right).doesNotContain("统一社会信用代码");
	}

	@Test
	void anEnterpriseUserCannotMakeItselfTheChainLeader() throws Exception {
		EnterpriseId own = enterprises.register(Actor.system(), new EnterpriseDraft(pingding().id().value(), null,
				"自荐链主公司 " + UUID.randomUUID(), null, null, null, false, null));
		String clerk = ensureUser("clerk-" + own.value().toString().substring(0, 8), Role.ENTERPRISE, null, own.value());
		long version = enterprises.get(Actor.system(), own).version();

		MockHttpServletResponse response = send(clerk, post("/enterprises/" + own.value())
			.param("version", Long.toString(version)).param("parkId", pingding().id().value().toString())
			.param("nameZh", enterprises.get(Actor.system(), own).name().zh()).param("chainLeader", "true"));

		assertThat(response.getContentAsString()).contains("链主认定只能由园区工作人员修改");
		assertThat(enterprises.get(Actor.system(), own).chainLeader()).isFalse();
	}

	private MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(loggedIn(user)).with(csrf())).andReturn().getResponse();
	}

}
