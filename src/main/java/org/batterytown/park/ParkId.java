package org.batterytown.park;

import java.util.UUID;

/** Identifies a park. */
public record ParkId(UUID value) {

	public ParkId {
		if (value == null) {
			throw new IllegalArgumentException("A park id needs a value");
		}
	}

}
