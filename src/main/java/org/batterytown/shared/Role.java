package org.batterytown.shared;

/** What a user may do; the data scope (park, enterprise) narrows it further, see {@link Actor}. */
public enum Role {

	/** Runs the platform: users, every park. */
	ADMIN,
	/** Zone staff: edit everything in their park. */
	STAFF,
	/** An enterprise's clerk: sees and edits only its own enterprise and its projects. */
	ENTERPRISE,
	/** Leaders and observers: read-only within their park. */
	VIEWER

}
