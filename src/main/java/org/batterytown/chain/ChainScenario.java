package org.batterytown.chain;

import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.chain.model.Basis;
import org.batterytown.chain.model.Mix;

/**
 * What a balance assumes: the park, the day whose stages count, the cell mix, the intensity basis,
 * the stages that count, and the ratio to the anode link from which a link is matched.
 */
public record ChainScenario(UUID parkId, LocalDate date, Mix mix, Basis basis, StageScope stages, double threshold) {
}
