package org.batterytown.chain.model;

/** Where a link sits in the chain. */
public enum Tier {

	UPSTREAM, MIDSTREAM, DOWNSTREAM, RECYCLING, SERVICES

}
