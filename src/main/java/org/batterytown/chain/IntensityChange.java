package org.batterytown.chain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.batterytown.chain.model.Basis;
import org.batterytown.chain.model.Chemistry;
import org.batterytown.chain.model.Link;

/** New values for one intensity: which one, and its band. */
public record IntensityChange(@NotNull Link link, @NotNull Chemistry chemistry, @NotNull Basis basis,
		@NotNull @Valid Band band) {
}
