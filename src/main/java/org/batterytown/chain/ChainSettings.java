package org.batterytown.chain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults of a balance's scenario. The default mix is an assumption of ours, not a sourced figure
 * (RESEARCH.md gives no park mix); every page and call can set its own.
 *
 * @param lfp default LFP share, per cent
 * @param ncm523 default NCM523 share, per cent
 * @param ncm811 default NCM811 share, per cent
 * @param threshold default ratio to the anode link from which a link counts as matched
 */
@ConfigurationProperties("batterytown.chain")
record ChainSettings(Integer lfp, Integer ncm523, Integer ncm811, Double threshold) {

	ChainSettings {
		lfp = lfp == null ? 70 : lfp;
		ncm523 = ncm523 == null ? 0 : ncm523;
		ncm811 = ncm811 == null ? 30 : ncm811;
		threshold = threshold == null ? 1.0 : threshold;
	}

}
