package org.batterytown.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.batterytown.shared.DatabaseOutage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three doors: scripts use HTTP Basic on /api/** (stateless, no CSRF since no cookie is involved);
 * operators reach /actuator/health anonymously and the rest as ADMIN; people use pages with a login
 * session and CSRF tokens. The OpenAPI description and Swagger UI need a login of any role.
 *
 * <p>Every response carries a Content-Security-Policy. Pages load scripts, styles, fonts and images from
 * this server only and run no inline script; style attributes are allowed because ECharts writes its
 * tooltips with them (no page of ours has one). Swagger UI, a third-party page, also needs inline styles.
 * API answers are data and may load nothing.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/** BCrypt against the users table, skipped for a name and password that passed a moment ago. */
	@Bean
	AuthenticationProvider authenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder,
			VerifiedCredentials verified) {
		DaoAuthenticationProvider checking = new DaoAuthenticationProvider(accounts);
		checking.setPasswordEncoder(encoder);
		return new RememberingAuthenticationProvider(checking, verified);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle) throws Exception {
		return http.securityMatcher("/api/**")
			.addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(a -> a.requestMatchers("/api/v1/users/**").hasRole("ADMIN").anyRequest().authenticated())
			.httpBasic(b -> b.realmName("Battery Town").authenticationEntryPoint((req, res, ex) -> {
				rethrowOutage(ex);
				res.setHeader("WWW-Authenticate", "Basic realm=\"Battery Town\"");
				problem(res, HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic to use the API.");
			}))
			.exceptionHandling(e -> e.accessDeniedHandler(
					(req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, "Your role may not do this.")))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_POLICY))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "frame-ancestors 'none'";

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	@Bean
	@Order(2)
	SecurityFilterChain actuator(HttpSecurity http, LoginThrottle throttle) throws Exception {
		return http.securityMatcher("/actuator/**")
			.addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic(b -> b.realmName("Battery Town").authenticationEntryPoint(basicEntryPoint()))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_POLICY)))
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle) throws Exception {
		return http
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailure()).permitAll())
			// Lets scripts fetch the OpenAPI description (/v3/api-docs) with the same credentials.
			.httpBasic(b -> b.realmName("Battery Town").authenticationEntryPoint(basicEntryPoint()))
			.logout(l -> l.logoutSuccessUrl("/login?logout"))
			.headers(h -> h
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER,
						new StaticHeadersWriter("Content-Security-Policy", SWAGGER_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER),
						new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY)))
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	private static final RequestMatcher SWAGGER = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

	/**
	 * A login that failed because the users' table could not be read is not a wrong password: it goes
	 * on to the web module's outage filter, which answers 503 instead of 401 or "wrong password".
	 */
	private static void rethrowOutage(AuthenticationException ex) {
		if (DatabaseOutage.causedBy(ex)) {
			throw ex;
		}
	}

	private static AuthenticationEntryPoint basicEntryPoint() {
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Battery Town");
		return (req, res, ex) -> {
			rethrowOutage(ex);
			basic.commence(req, res, ex);
		};
	}

	private static AuthenticationFailureHandler loginFailure() {
		SimpleUrlAuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (req, res, ex) -> {
			rethrowOutage(ex);
			wrongPassword.onAuthenticationFailure(req, res, ex);
		};
	}

	private static void problem(HttpServletResponse res, HttpStatus status, String detail) throws IOException {
		res.setStatus(status.value());
		res.setContentType("application/problem+json");
		res.setCharacterEncoding("UTF-8");
		res.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}

}
