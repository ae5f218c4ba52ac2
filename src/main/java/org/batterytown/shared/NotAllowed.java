package org.batterytown.shared;

/** The actor may see the thing but not do this to it (e.g. a viewer editing). */
public class NotAllowed extends RuntimeException {

	public NotAllowed(String action) {
		super("not allowed: " + action);
	}

}
