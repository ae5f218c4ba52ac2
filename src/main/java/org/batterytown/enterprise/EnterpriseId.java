package org.batterytown.enterprise;

import java.util.UUID;

/** Identifies an enterprise. */
public record EnterpriseId(UUID value) {

	public EnterpriseId {
		if (value == null) {
			throw new IllegalArgumentException("An enterprise id needs a value");
		}
	}

}
