package org.batterytown.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code maxFailures} wrong passwords for one user name from one address
 * within {@code window}, that user name from that address is refused for {@code lockout}, whether the
 * attempt comes through the login form or HTTP Basic. Counting per name and address keeps an attacker
 * from locking a user out from everywhere. Kept in memory: a restart forgets, which a restart of the
 * single app server may.
 */
@Component
class LoginThrottle {

	/** The limits (inference of ours: no source prescribes them, so they are settings). */
	@ConfigurationProperties("batterytown.login")
	record Settings(Integer maxFailures, Duration window, Duration lockout) {

		Settings {
			maxFailures = maxFailures == null ? 5 : maxFailures;
			window = window == null ? Duration.ofMinutes(15) : window;
			lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
		}

	}

	/** Past this many keys the oldest failures are forgotten first, so memory stays bounded. */
	private static final int MAX_KEYS = 100_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

	private final Settings settings;

	private final Clock clock;

	LoginThrottle(Settings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** How long the name from the address stays refused; null if it may try. */
	@Nullable Duration lockedFor(String username, String address) {
		Instant until = lockedUntil.get(key(username, address));
		Instant now = clock.instant();
		if (until == null || !until.isAfter(now)) {
			return null;
		}
		return Duration.between(now, until);
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String key = key(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
		Instant now = clock.instant();
		if (failures.size() > MAX_KEYS) {
			failures.clear();
		}
		Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (recent) {
			recent.addLast(now);
			while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(settings.window()))) {
				recent.removeFirst();
			}
			if (recent.size() >= settings.maxFailures()) {
				lockedUntil.put(key, now.plus(settings.lockout()));
				recent.clear();
			}
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String key = key(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
		failures.remove(key);
	}

	private static String address(@Nullable Object details) {
		return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress()
				: "?";
	}

	private static String key(@Nullable String username, String address) {
		return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "|" + address;
	}

}
