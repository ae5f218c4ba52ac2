package org.batterytown.retention;

/** How a partner stands to the enterprise that named it. */
public enum PartnerRelation {

	SUPPLIER, CUSTOMER

}
