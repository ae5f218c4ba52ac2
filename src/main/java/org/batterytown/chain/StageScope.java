package org.batterytown.chain;

import java.util.EnumSet;
import java.util.Set;

import org.batterytown.project.StageGroup;

/** Which projects' capacity a balance counts, by how far they have come. */
public enum StageScope {

	/** Trial production to nameplate. */
	PRODUCING(EnumSet.of(StageGroup.PRODUCING)),
	/** Also built and under construction. */
	BUILDING(EnumSet.of(StageGroup.PRODUCING, StageGroup.CONSTRUCTION)),
	/** Also in approvals, signed and planned. */
	PIPELINE(EnumSet.of(StageGroup.PRODUCING, StageGroup.CONSTRUCTION, StageGroup.APPROVALS, StageGroup.PIPELINE));

	private final Set<StageGroup> groups;

	StageScope(Set<StageGroup> groups) {
		this.groups = groups;
	}

	public boolean counts(StageGroup group) {
		return groups.contains(group);
	}

}
