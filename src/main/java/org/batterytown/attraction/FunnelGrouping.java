package org.batterytown.attraction;

/** What the funnel's rows are: all deals together, or by source, event, ambassador or chain link. */
public enum FunnelGrouping {

	ALL, SOURCE, EVENT, AMBASSADOR, LINK

}
