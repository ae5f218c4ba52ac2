package org.batterytown.chain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.batterytown.chain.model.Basis;
import org.batterytown.chain.model.Mix;
import org.batterytown.shared.BadParameter;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Builds a scenario from request parameters, filling in the defaults and naming the parameter that
 * cannot be used.
 */
@Component
public class Scenarios {

	private final ChainSettings settings;

	private final Clock clock;

	Scenarios(ChainSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** @throws BadParameter naming "mix" or "threshold" when they cannot be used */
	public ChainScenario of(UUID parkId, @Nullable LocalDate date, @Nullable Integer lfp, @Nullable Integer ncm523,
			@Nullable Integer ncm811, @Nullable Basis basis, @Nullable StageScope stages, @Nullable Double threshold) {
		Mix mix;
		try {
			mix = Mix.of(lfp == null ? settings.lfp() : lfp, ncm523 == null ? settings.ncm523() : ncm523,
					ncm811 == null ? settings.ncm811() : ncm811);
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameter("mix", "chain.mix.sum");
		}
		double ratio = threshold == null ? settings.threshold() : threshold;
		if (!(ratio > 0 && ratio <= 10)) {
			throw new BadParameter("threshold", "chain.threshold.range");
		}
		return new ChainScenario(parkId, date == null ? LocalDate.now(clock) : date, mix,
				basis == null ? Basis.TECHNICAL : basis, stages == null ? StageScope.PRODUCING : stages, ratio);
	}

	public int defaultLfp() {
		return settings.lfp();
	}

	public int defaultNcm523() {
		return settings.ncm523();
	}

	public int defaultNcm811() {
		return settings.ncm811();
	}

}
