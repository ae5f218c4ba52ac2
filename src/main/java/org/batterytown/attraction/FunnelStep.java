package org.batterytown.attraction;

/**
 * The steps a deal is followed through: the lead's own stages, then its project's construction start,
 * production and nameplate (开工, 投产, 达产 — what Shanxi's 开工率 / 投产率 / 达效率 count).
 */
public enum FunnelStep {

	LEAD, CONTACTED, SITE_VISIT, NEGOTIATING, SIGNED, REGISTERED, CONSTRUCTION_START, PRODUCTION, NAMEPLATE

}
