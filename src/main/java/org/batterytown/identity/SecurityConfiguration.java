package org.batterytown.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Three doors: scripts use HTTP Basic on /api/** (stateless, no CSRF since no cookie is involved);
 * operators reach /actuator/health anonymously and the rest as ADMIN; people use pages with a login
 * session and CSRF tokens. The OpenAPI description and Swagger UI need a login of any role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a.requestMatchers("/api/v1/users/**").hasRole("ADMIN").anyRequest().authenticated())
			.httpBasic(b -> b.realmName("Battery Town").authenticationEntryPoint((req, res, ex) -> {
				res.setHeader("WWW-Authenticate", "Basic realm=\"Battery Town\"");
				problem(res, HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic to use the API.");
			}))
			.exceptionHandling(e -> e.accessDeniedHandler(
					(req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, "Your role may not do this.")))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuator(HttpSecurity http) throws Exception {
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic(b -> b.realmName("Battery Town"))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			// Lets scripts fetch the OpenAPI description (/v3/api-docs) with the same credentials.
			.httpBasic(b -> b.realmName("Battery Town"))
			.logout(l -> l.logoutSuccessUrl("/login?logout"))
			.build();
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
