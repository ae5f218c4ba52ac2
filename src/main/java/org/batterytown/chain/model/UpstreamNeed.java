package org.batterytown.chain.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the park's anode output needs of one upstream input per year, at low / base / high: tonnes, or
 * kWh of electricity. {@literal null} where no coefficient is known (crucible use was not found in any
 * source): unknown, never 0.
 */
public record UpstreamNeed(AnodeInput input, @Nullable Double low, @Nullable Double base, @Nullable Double high,
		boolean rough) {

	/** The needs of every input for a yearly anode tonnage. */
	public static List<UpstreamNeed> of(double anodeTonnes, Collection<InputCoefficient> coefficients) {
		Map<AnodeInput, InputCoefficient> byInput = new EnumMap<>(AnodeInput.class);
		coefficients.forEach(c -> byInput.put(c.input(), c));
		List<UpstreamNeed> needs = new ArrayList<>();
		for (AnodeInput input : AnodeInput.values()) {
			InputCoefficient c = byInput.get(input);
			needs.add(c == null ? new UpstreamNeed(input, null, null, null, false)
					: new UpstreamNeed(input, anodeTonnes * c.low(), anodeTonnes * c.base(), anodeTonnes * c.high(),
							c.grade() == 'D'));
		}
		return needs;
	}

}
