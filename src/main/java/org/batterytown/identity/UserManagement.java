package org.batterytown.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.park.ParkId;
import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User administration; every method but {@link #changeOwnPassword} is for admins only. */
@Service
@Transactional(readOnly = true)
public class UserManagement {

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final EnterpriseManagement enterprises;

	private final ParkManagement parks;

	private final Clock clock;

	private final VerifiedCredentials verified;

	UserManagement(UserAccountRepository users, PasswordEncoder encoder, EnterpriseManagement enterprises,
			ParkManagement parks, Clock clock, VerifiedCredentials verified) {
		this.verified = verified;
		this.users = users;
		this.encoder = encoder;
		this.enterprises = enterprises;
		this.parks = parks;
		this.clock = clock;
	}

	public List<UserView> list(Actor actor) {
		requireAdmin(actor);
		return users.findAllByOrderByUsername().stream().map(UserView::of).toList();
	}

	/**
	 * Creates a user. An ENTERPRISE user takes their enterprise's park as scope; a STAFF or VIEWER user
	 * without a park sees every park.
	 *
	 * @throws RuleViolation if the username is taken or the scope does not fit the role
	 */
	@Transactional
	public UserView create(Actor actor, NewUser user) {
		requireAdmin(actor);
		if (users.findByUsername(user.username()).isPresent()) {
			throw new RuleViolation("username", "user.username.duplicate", user.username());
		}
		UUID parkId = user.parkId();
		UUID enterpriseId = null;
		if (user.role() == Role.ENTERPRISE) {
			if (user.enterpriseId() == null) {
				throw new RuleViolation("enterpriseId", "user.enterprise.required");
			}
			enterpriseId = user.enterpriseId();
			parkId = enterprises.get(actor, new EnterpriseId(enterpriseId)).parkId().value();
		}
		else if (parkId != null && !parks.exists(new ParkId(parkId))) {
			throw new RuleViolation("parkId", "user.park.unknown");
		}
		if (user.role() == Role.ADMIN) {
			parkId = null;
		}
		UserAccount account = new UserAccount(UUID.randomUUID(), user.username(), blankToNull(user.displayName()),
				encoder.encode(user.password()), user.role(), parkId, enterpriseId, true, clock.instant());
		return UserView.of(users.save(account));
	}

	@Transactional
	public void setEnabled(Actor actor, UUID userId, boolean enabled) {
		requireAdmin(actor);
		UserAccount account = users.findById(userId).orElseThrow(() -> new NotFound("user", userId));
		if (account.username().equals(actor.username()) && !enabled) {
			throw new RuleViolation(null, "user.cannotDisableSelf");
		}
		account.enable(enabled);
		users.save(account);
		verified.forget(account.username());
	}

	@Transactional
	public void resetPassword(Actor actor, UUID userId, String newPassword) {
		requireAdmin(actor);
		UserAccount account = users.findById(userId).orElseThrow(() -> new NotFound("user", userId));
		checkStrength(newPassword);
		account.changePassword(encoder.encode(newPassword));
		users.save(account);
		verified.forget(account.username());
	}

	/** Any user changes their own password, proving they know the current one. */
	@Transactional
	public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
		UserAccount account = users.findByUsername(actor.username())
			.orElseThrow(() -> new NotFound("user", actor.username()));
		if (!encoder.matches(currentPassword, account.passwordHash())) {
			throw new RuleViolation("currentPassword", "user.password.wrong");
		}
		checkStrength(newPassword);
		account.changePassword(encoder.encode(newPassword));
		users.save(account);
		verified.forget(account.username());
	}

	boolean exists(String username) {
		return users.findByUsername(username).isPresent();
	}

	@Transactional
	void createAdmin(String username, String password) {
		users.save(new UserAccount(UUID.randomUUID(), username, null, encoder.encode(password), Role.ADMIN, null, null,
				true, clock.instant()));
	}

	private static void checkStrength(String password) {
		if (password == null || password.length() < 12 || password.length() > 100) {
			throw new RuleViolation("password", "user.password.length");
		}
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new NotAllowed("manage users");
		}
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
