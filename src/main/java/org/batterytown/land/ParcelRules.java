package org.batterytown.land;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.batterytown.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a parcel must be: a code, an area above 0, a land use, an outline that is a GeoJSON Polygon (an
 * outer ring of at least four positions, closed, finite numbers; at most 2,000 positions), indicators
 * not negative and percentages within 0–100, deadlines in order.
 */
final class ParcelRules {

	static final int MAX_POSITIONS = 2_000;

	private ParcelRules() {
	}

	static List<RuleViolation> check(ParcelDraft d, JsonMapper json) {
		List<RuleViolation> found = new ArrayList<>();
		if (d.parkId() == null) {
			found.add(new RuleViolation("parkId", "lead.parkRequired"));
		}
		if (d.code() == null || d.code().isBlank() || d.code().strip().length() > 50) {
			found.add(new RuleViolation("code", "parcel.codeRequired"));
		}
		if (d.areaMu() == null || d.areaMu().signum() <= 0) {
			found.add(new RuleViolation("areaMu", "parcel.areaPositive"));
		}
		if (d.landUse() == null || d.landUse().isBlank()) {
			found.add(new RuleViolation("landUse", "parcel.landUseRequired"));
		}
		if (!polygon(d.polygon(), json)) {
			found.add(new RuleViolation("polygon", "parcel.polygonInvalid"));
		}
		negative(found, "investmentIntensity", d.investmentIntensity());
		negative(found, "outputPerMu", d.outputPerMu());
		negative(found, "taxPerMu", d.taxPerMu());
		negative(found, "energyPerOutput", d.energyPerOutput());
		negative(found, "plotRatio", d.plotRatio());
		percent(found, "buildingCoefficient", d.buildingCoefficient());
		percent(found, "greenRatio", d.greenRatio());
		if (d.startBy() != null && d.completeBy() != null && d.completeBy().isBefore(d.startBy())) {
			found.add(new RuleViolation("completeBy", "parcel.deadlinesOrder"));
		}
		if (d.completeBy() != null && d.nameplateBy() != null && d.nameplateBy().isBefore(d.completeBy())) {
			found.add(new RuleViolation("nameplateBy", "parcel.deadlinesOrder"));
		}
		return found;
	}

	/** Whether the text is a GeoJSON Polygon geometry the map can draw. */
	static boolean polygon(@Nullable String text, JsonMapper json) {
		if (text == null || text.isBlank() || text.length() > 100_000) {
			return false;
		}
		JsonNode node;
		try {
			node = json.readTree(text);
		}
		catch (RuntimeException ex) {
			return false;
		}
		if (!node.isObject() || !"Polygon".equals(node.path("type").asString(""))) {
			return false;
		}
		JsonNode rings = node.path("coordinates");
		if (!rings.isArray() || rings.isEmpty()) {
			return false;
		}
		int positions = 0;
		for (JsonNode ring : rings) {
			if (!ring.isArray() || ring.size() < 4) {
				return false;
			}
			for (JsonNode p : ring) {
				if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()
						|| !Double.isFinite(p.get(0).asDouble()) || !Double.isFinite(p.get(1).asDouble())) {
					return false;
				}
				positions++;
			}
			JsonNode first = ring.get(0);
			JsonNode last = ring.get(ring.size() - 1);
			if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
				return false;
			}
		}
		return positions <= MAX_POSITIONS;
	}

	private static void negative(List<RuleViolation> found, String field, @Nullable BigDecimal value) {
		if (value != null && value.signum() < 0) {
			found.add(new RuleViolation(field, "lead.negative"));
		}
	}

	private static void percent(List<RuleViolation> found, String field, @Nullable BigDecimal value) {
		if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
			found.add(new RuleViolation(field, "parcel.percent"));
		}
	}

}
