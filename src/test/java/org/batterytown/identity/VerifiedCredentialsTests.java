package org.batterytown.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.batterytown.IntegrationTest;
import org.batterytown.shared.Actor;
import org.batterytown.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Credentials that passed are remembered briefly, and forgotten the moment they stop being right. */
class VerifiedCredentialsTests extends IntegrationTest {

	@Autowired
	UserManagement users;

	private static final Authentication PASSED = UsernamePasswordAuthenticationToken.authenticated("u", null,
			java.util.List.of());

	/** A clock a test moves by hand. */
	private static final class Hand extends Clock {

		Instant now = Instant.parse("2026-11-30T00:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@Test
	void aPairIsRecalledOnlyWithItsOwnPasswordAndOnlyForItsTime() {
		Hand clock = new Hand();
		VerifiedCredentials verified = new VerifiedCredentials(new VerifiedCredentials.Settings(Duration.ofSeconds(60)),
				clock);
		verified.remember("u", "right-password", PASSED);

		assertThat(verified.recall("u", "right-password")).contains(PASSED);
		assertThat(verified.recall("u", "wrong-password")).isEmpty();
		assertThat(verified.recall("v", "right-password")).isEmpty();
		clock.now = clock.now.plusSeconds(61);
		assertThat(verified.recall("u", "right-password")).isEmpty();

		verified.remember("u", "right-password", PASSED);
		verified.forget("u");
		assertThat(verified.recall("u", "right-password")).isEmpty();

		VerifiedCredentials off = new VerifiedCredentials(new VerifiedCredentials.Settings(Duration.ZERO), clock);
		off.remember("u", "right-password", PASSED);
		assertThat(off.recall("u", "right-password")).isEmpty();
	}

	@Test
	void aResetPasswordOrADisabledUserIsRefusedAtOnceThoughTheOldPairJustPassed() throws Exception {
		String name = "remembered-" + UUID.randomUUID().toString().substring(0, 8);
		String first = ensureUser(name, Role.VIEWER, pingding().id().value(), null);
		UUID id = users.list(Actor.system()).stream().filter(u -> u.username().equals(first)).findFirst().orElseThrow().id();
		String parks = "/api/v1/parks";
		mvc.perform(get(parks).with(httpBasic(first, USER_PASSWORD))).andExpect(status().isOk());
		mvc.perform(get(parks).with(httpBasic(first, USER_PASSWORD))).andExpect(status().isOk());

		users.resetPassword(Actor.system(), id, "a-new-Password-123");
		mvc.perform(get(parks).with(httpBasic(first, USER_PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get(parks).with(httpBasic(first, "a-new-Password-123"))).andExpect(status().isOk());

		users.setEnabled(Actor.system(), id, false);
		mvc.perform(get(parks).with(httpBasic(first, "a-new-Password-123"))).andExpect(status().isUnauthorized());
	}

}
