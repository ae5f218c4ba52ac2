package org.batterytown.identity;

import java.util.Collection;
import java.util.List;

import org.batterytown.shared.Actor;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as Spring Security holds it; carries the {@link Actor} modules act for. */
final class AccountPrincipal implements UserDetails {

	private final Actor actor;

	private final String passwordHash;

	private final boolean enabled;

	AccountPrincipal(UserAccount account) {
		this.actor = account.actor();
		this.passwordHash = account.passwordHash();
		this.enabled = account.enabled();
	}

	Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

}
