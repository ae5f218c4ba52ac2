package org.batterytown.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;

import org.batterytown.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The answer while PostgreSQL is away, given by the filter the application registers. Stopping the
 * test database would stop every other test, so the chain behind the filter fails the way a request
 * does when no connection can be had; scripts/faults stops the real server under load.
 */
class DatabaseOutageFilterTests extends IntegrationTest {

	@Autowired
	FilterRegistrationBean<DatabaseOutageFilter> registration;

	private static final FilterChain DATABASE_AWAY = (req, res) -> {
		throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLTransientConnectionException("battery-town - Connection is not available, request timed out"));
	};

	@Test
	void aPageIsAnsweredWithAStandalonePageThatSaysToTryAgain() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		registration.getFilter().doFilter(new MockHttpServletRequest("GET", "/projects"), response, DATABASE_AWAY);

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("15");
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'none'");
		assertThat(response.getContentAsString()).contains("数据库暂时无法连接", "请约 15 秒后重试", "/css/app.css")
			.doesNotContain("Exception", "timed out");
	}

	@Test
	void theApiIsAnsweredWithAProblemInTheCallersLanguage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/projects/x");
		request.setCookies(new Cookie("bt-lang", "en"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		registration.getFilter().doFilter(request, response, DATABASE_AWAY);

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503", "cannot reach its database")
			.doesNotContain("timed out");
	}

	@Test
	void anyOtherFailureGoesOnAsItWas() {
		FilterChain broken = (req, res) -> {
			throw new IllegalStateException("a bug");
		};
		assertThatThrownBy(() -> registration.getFilter()
			.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), broken))
			.isInstanceOf(IllegalStateException.class);
	}

}
