package org.batterytown.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.batterytown.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * While PostgreSQL cannot be reached, every request that needs it is answered 503 with a Retry-After:
 * a plain page for people, a problem detail for the API. It runs outside Spring Security, because
 * logging in needs the database too, and its page is standalone, because the layout reads the park's
 * name. Nothing else changes: the connection pool reconnects by itself once the server is back.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "15";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final LocaleResolver locales;

	DatabaseOutageFilter(TemplateEngine templates, MessageSource messages, LocaleResolver locales) {
		this.templates = templates;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = locales.resolveLocale(request);
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setCharacterEncoding("UTF-8");
		String detail = messages.getMessage("error.503.text", null, locale);
		if (wantsProblem(request)) {
			response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
						+ json(detail) + "\"}");
			return;
		}
		response.setHeader("Content-Security-Policy", PAGE_POLICY);
		response.setContentType("text/html");
		Context context = new Context(locale);
		context.setVariable("retryAfter", RETRY_AFTER_SECONDS);
		templates.process("error/503", context, response.getWriter());
	}

	private static boolean wantsProblem(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
