package org.batterytown.identity;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code admin} user on first start. There is no default password: it comes from
 * {@code BATTERYTOWN_ADMIN_PASSWORD}, or is generated and printed once, here and nowhere else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

	static final String ADMIN = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final UserManagement users;

	private final IdentitySettings settings;

	AdminBootstrap(UserManagement users, IdentitySettings settings) {
		this.users = users;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.exists(ADMIN)) {
			return;
		}
		String given = settings.adminPassword();
		if (given != null && !given.isBlank()) {
			if (given.length() < 12) {
				throw new IllegalStateException("BATTERYTOWN_ADMIN_PASSWORD must have at least 12 characters");
			}
			users.createAdmin(ADMIN, given);
			log.info("Created user 'admin' with the password from BATTERYTOWN_ADMIN_PASSWORD");
			return;
		}
		String generated = generate();
		users.createAdmin(ADMIN, generated);
		log.warn("""

				================================================================
				 Created user 'admin' with the generated password:
				     {}
				 It is shown this once. Log in and change it, or create users.
				================================================================""", generated);
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
