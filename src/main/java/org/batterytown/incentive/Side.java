package org.batterytown.incentive;

/** Who promised: the government (land, power, services by a date) or the enterprise (investment, output, tax, jobs). */
public enum Side {

	GOVERNMENT, ENTERPRISE

}
