package org.batterytown.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt while its user name is locked from this address: the login form is sent back
 * with a message, an HTTP Basic request gets 429 with Retry-After. The password is not even checked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = "POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI());
		String username = form ? request.getParameter("username") : basicUser(request.getHeader("Authorization"));
		Duration locked = username == null ? null : throttle.lockedFor(username, request.getRemoteAddr());
		if (locked == null) {
			chain.doFilter(request, response);
			return;
		}
		if (form) {
			response.sendRedirect(request.getContextPath() + "/login?locked");
			return;
		}
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(Math.max(1, locked.toSeconds())));
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
				+ "\"detail\":\"Too many wrong passwords: try again later.\"}");
	}

	private static @Nullable String basicUser(@Nullable String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
