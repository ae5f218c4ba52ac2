package org.batterytown.shared;

/** An edit was based on an older version than the one stored: somebody else changed it meanwhile. */
public class StaleVersion extends RuntimeException {

	public StaleVersion(String kind, Object id) {
		super(kind + " " + id + " was changed by someone else");
	}

}
