package org.batterytown.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The user on whose behalf a module acts, with the data scope that limits what they see and change.
 * Modules ask the actor; they never look at roles themselves.
 *
 * @param username who acts, recorded in audit and stage logs
 * @param role what they may do
 * @param parkId the park a STAFF or VIEWER user is limited to; {@literal null} means every park
 * @param enterpriseId the enterprise an ENTERPRISE user belongs to
 */
public record Actor(String username, Role role, @Nullable UUID parkId, @Nullable UUID enterpriseId) {

	public Actor {
		if (role == Role.ENTERPRISE && (enterpriseId == null || parkId == null)) {
			throw new IllegalArgumentException("An enterprise user needs an enterprise and its park");
		}
	}

	/** The platform itself, e.g. when it loads demo data. */
	public static Actor system() {
		return new Actor("system", Role.ADMIN, null, null);
	}

	public boolean canRead(UUID parkId, @Nullable UUID enterpriseId) {
		return switch (role) {
			case ADMIN -> true;
			case STAFF, VIEWER -> inPark(parkId);
			case ENTERPRISE -> ownEnterprise(enterpriseId);
		};
	}

	public boolean canEdit(UUID parkId, @Nullable UUID enterpriseId) {
		return switch (role) {
			case ADMIN -> true;
			case STAFF -> inPark(parkId);
			case ENTERPRISE -> ownEnterprise(enterpriseId);
			case VIEWER -> false;
		};
	}

	/** Registering enterprises is the zone's job, not an enterprise's. */
	public boolean canRegisterEnterprise(UUID parkId) {
		return role == Role.ADMIN || (role == Role.STAFF && inPark(parkId));
	}

	/** Zone work in a park: reviewing enterprises' reports, closing months, importing on their behalf. */
	public boolean actsForZone(UUID parkId) {
		return role == Role.ADMIN || (role == Role.STAFF && inPark(parkId));
	}

	/** Any user may see the park they belong to; an admin sees every park. */
	public boolean canSeePark(UUID id) {
		return role == Role.ADMIN || inPark(id);
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	private boolean inPark(UUID id) {
		return parkId == null || parkId.equals(id);
	}

	private boolean ownEnterprise(@Nullable UUID id) {
		return enterpriseId != null && enterpriseId.equals(id);
	}

}
