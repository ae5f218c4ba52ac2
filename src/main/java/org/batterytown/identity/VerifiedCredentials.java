package org.batterytown.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Credentials checked a moment ago. HTTP Basic sends the password with every API request, and BCrypt
 * is meant to be slow (about 80 ms of CPU here): under 50 users that check was most of the work. A
 * name and password that passed are remembered for {@code batterytown.login.verified-for} (60 s by
 * default; 0 turns it off) under an HMAC with a key made at start, so the memory holds no password
 * and no hash that could be attacked offline; a wrong password is never remembered and still goes
 * through BCrypt and the login throttle. Changing a password or disabling a user forgets at once.
 */
@Component
class VerifiedCredentials {

	/** Past this many the oldest are forgotten first, so memory stays bounded. */
	private static final int MAX_ENTRIES = 10_000;

	@ConfigurationProperties("batterytown.login")
	record Settings(@Nullable Duration verifiedFor) {

		Settings {
			verifiedFor = verifiedFor == null ? Duration.ofSeconds(60) : verifiedFor;
		}

	}

	private final Duration ttl;

	private final Clock clock;

	private final SecretKeySpec key;

	private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	VerifiedCredentials(Settings settings, Clock clock) {
		this.ttl = settings.verifiedFor();
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	synchronized Optional<Authentication> recall(String username, String password) {
		if (ttl.isZero() || ttl.isNegative()) {
			return Optional.empty();
		}
		String id = id(username, password);
		Entry entry = entries.get(id);
		if (entry == null) {
			return Optional.empty();
		}
		if (!entry.until().isAfter(clock.instant())) {
			entries.remove(id);
			return Optional.empty();
		}
		return Optional.of(entry.authentication());
	}

	synchronized void remember(String username, String password, Authentication authentication) {
		if (ttl.isZero() || ttl.isNegative()) {
			return;
		}
		entries.put(id(username, password), new Entry(username, authentication, clock.instant().plus(ttl)));
	}

	/** Forgets every remembered password of a user: after a change of password or of its standing. */
	synchronized void forget(String username) {
		entries.values().removeIf(e -> e.username().equals(username));
	}

	private String id(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private record Entry(String username, Authentication authentication, Instant until) {
	}

}
