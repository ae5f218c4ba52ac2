package org.batterytown.land.web;

import java.util.List;
import java.util.Locale;

import org.batterytown.land.ParcelView;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECharts option of the park map: a map series over the parcels' own GeoJSON (registered by the page
 * script under the park's name), each parcel coloured by status, its code, area and project in the tooltip.
 */
final class LandMapChart {

	private static final String AVAILABLE = "#2e7d32";

	private static final String RESERVED = "#f9a825";

	private static final String TRANSFERRED = "#1565c0";

	private LandMapChart() {
	}

	static String option(String mapName, List<ParcelView> parcels, JsonMapper json, MessageSource messages,
			Locale locale) {
		ObjectNode option = json.createObjectNode();
		option.putObject("tooltip").put("trigger", "item");
		ObjectNode series = option.putArray("series").addObject();
		series.put("type", "map").put("map", mapName).put("roam", true).put("selectedMode", false);
		series.putObject("label").put("show", true);
		ArrayNode data = series.putArray("data");
		for (ParcelView p : parcels) {
			ObjectNode item = data.addObject().put("name", p.code());
			item.put("value", p.areaMu().doubleValue());
			item.putObject("itemStyle").put("areaColor", switch (p.status()) {
				case AVAILABLE -> AVAILABLE;
				case RESERVED -> RESERVED;
				case TRANSFERRED -> TRANSFERRED;
			});
			String status = messages.getMessage("parcel.status." + p.status(), null, locale);
			// ECharts puts a tooltip formatter into the page as HTML: every name in it is escaped
			item.putObject("tooltip").put("formatter", HtmlUtils.htmlEscape(p.code()) + "<br>" + status + " · "
					+ p.areaMu().toPlainString() + " " + messages.getMessage("optimizer.mu", null, locale)
					+ (p.projectName() == null ? "" : "<br>" + HtmlUtils.htmlEscape(p.projectName().in(locale))));
		}
		return json.writeValueAsString(option);
	}

}
