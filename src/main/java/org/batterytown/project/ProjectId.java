package org.batterytown.project;

import java.util.UUID;

/** Identifies an investment project. */
public record ProjectId(UUID value) {

	public ProjectId {
		if (value == null) {
			throw new IllegalArgumentException("A project id needs a value");
		}
	}

}
