package org.batterytown.source;

import java.util.UUID;

/** Identifies a published source. */
public record SourceId(UUID value) {

	public SourceId {
		if (value == null) {
			throw new IllegalArgumentException("A source id needs a value");
		}
	}

}
