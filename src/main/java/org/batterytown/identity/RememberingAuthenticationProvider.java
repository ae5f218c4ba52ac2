package org.batterytown.identity;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a name and password with the given provider (BCrypt against the users table) unless the same
 * pair passed a moment ago; see {@link VerifiedCredentials}.
 */
class RememberingAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider checking;

	private final VerifiedCredentials verified;

	RememberingAuthenticationProvider(AuthenticationProvider checking, VerifiedCredentials verified) {
		this.checking = checking;
		this.verified = verified;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (username == null || !(credentials instanceof String password)) {
			return checking.authenticate(authentication);
		}
		Optional<Authentication> recalled = verified.recall(username, password);
		if (recalled.isPresent()) {
			return recalled.get();
		}
		Authentication checked = checking.authenticate(authentication);
		if (checked != null && checked.isAuthenticated()) {
			// a copy without the password: the manager erases credentials of what it returns
			UsernamePasswordAuthenticationToken kept = UsernamePasswordAuthenticationToken
				.authenticated(checked.getPrincipal(), null, checked.getAuthorities());
			kept.setDetails(checked.getDetails());
			verified.remember(username, password, kept);
		}
		return checked;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
