package org.batterytown;

import java.util.Map;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.identity.NewUser;
import org.batterytown.identity.UserManagement;
import org.batterytown.park.ParkManagement;
import org.batterytown.park.ParkView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the tests that run the whole application on a real embedded PostgreSQL in a throw-away
 * directory, with the Pingding demo data loaded. All subclasses share one context and so one
 * database: tests create what they change and never assume empty tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class IntegrationTest {

	/** Made up per test run: there is no default password anywhere. */
	protected static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();

	protected static final String USER_PASSWORD = "user-" + UUID.randomUUID();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("batterytown.data-dir", () -> "");
		registry.add("batterytown.admin-password", () -> ADMIN_PASSWORD);
		registry.add("batterytown.demo.enabled", () -> "true");
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected ParkManagement parks;

	@Autowired
	protected EnterpriseManagement enterprises;

	@Autowired
	protected UserManagement users;

	@Autowired
	private UserDetailsService userDetails;

	protected Api api() {
		return new Api(port);
	}

	protected ParkView pingding() {
		return parks.findByCode("PD-NEBT").orElseThrow();
	}

	protected EnterpriseView enterprise(String nameZh) {
		return enterprises.list(Actor.system())
			.stream()
			.filter(e -> e.name().zh().equals(nameZh))
			.findFirst()
			.orElseThrow();
	}

	/** Creates the user once per test run; all share {@link #USER_PASSWORD}. */
	protected synchronized String ensureUser(String username, Role role, @Nullable UUID parkId,
			@Nullable UUID enterpriseId) {
		boolean exists = users.list(Actor.system()).stream().anyMatch(u -> u.username().equals(username));
		if (!exists) {
			users.create(Actor.system(), new NewUser(username, null, USER_PASSWORD, role, parkId, enterpriseId));
		}
		return username;
	}

	/** Logs a user in for MockMvc, with the principal the login would load. */
	protected RequestPostProcessor loggedIn(String username) {
		UserDetails principal = userDetails.loadUserByUsername(username);
		return SecurityMockMvcRequestPostProcessors.user(principal);
	}

	protected static Map<String, Object> json(Object... keyValues) {
		java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

}
