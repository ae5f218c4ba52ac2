package org.batterytown.chain.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.batterytown.chain.Contribution;
import org.batterytown.chain.ParkBalance;
import org.batterytown.chain.model.Link;
import org.batterytown.chain.model.LinkBalance;
import org.batterytown.chain.model.Tier;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The chain map as an ECharts graph: one column per tier, each link coloured by how it stands against
 * the anode link, edges from the links it consumes; the tooltip names the enterprises on the link.
 */
@Component
class ChainMapChart {

	private final MessageSource messages;

	ChainMapChart(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, Object> option(ParkBalance balance, Map<EnterpriseId, EnterpriseView> names, Locale locale) {
		Map<Link, LinkBalance> weighed = new EnumMap<>(Link.class);
		balance.balance().links().forEach(l -> weighed.put(l.link(), l));
		Map<Tier, Integer> rows = new EnumMap<>(Tier.class);
		List<Map<String, Object>> nodes = new ArrayList<>();
		for (Link link : Link.values()) {
			int row = rows.merge(link.tier(), 1, Integer::sum) - 1;
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("name", text("link." + link, locale));
			node.put("x", link.tier().ordinal() * 220);
			node.put("y", row * 70);
			node.put("symbolSize", 26);
			node.put("itemStyle", Map.of("color", color(weighed.get(link), balance, link)));
			node.put("tooltip", Map.of("formatter", tooltip(link, weighed.get(link), balance, names, locale)));
			nodes.add(node);
		}
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Link link : Link.values()) {
			for (Link input : link.inputs()) {
				edges.add(Map.of("source", text("link." + input, locale), "target", text("link." + link, locale)));
			}
		}
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("type", "graph");
		series.put("layout", "none");
		series.put("roam", true);
		series.put("label", Map.of("show", true, "position", "right", "fontSize", 11));
		series.put("edgeSymbol", List.of("none", "arrow"));
		series.put("lineStyle", Map.of("color", "#adb5bd", "opacity", 0.6, "curveness", 0.1));
		series.put("data", nodes);
		series.put("links", edges);
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("title", Map.of("text", text("chain.map.title", locale), "left", "center",
				"textStyle", Map.of("fontSize", 14)));
		option.put("tooltip", Map.of("confine", true));
		option.put("series", List.of(series));
		return option;
	}

	private String tooltip(Link link, LinkBalance weighed, ParkBalance balance, Map<EnterpriseId, EnterpriseView> names,
			Locale locale) {
		String status = weighed == null ? text("chain.status.NOT_WEIGHED", locale)
				: text("chain.status." + weighed.status(), locale);
		String firms = balance.contributions()
			.stream()
			.filter(c -> c.link() == link)
			.map(Contribution::enterpriseId)
			.distinct()
			.map(id -> names.containsKey(id) ? names.get(id).name().in(locale) : "")
			.collect(Collectors.joining("、"));
		return text("link." + link, locale) + "：" + status + (firms.isEmpty() ? "" : "（" + firms + "）");
	}

	private static String color(LinkBalance weighed, ParkBalance balance, Link link) {
		if (weighed == null) {
			boolean present = balance.contributions().stream().anyMatch(c -> c.link() == link && c.counted());
			return present ? "#6f9fd8" : "#ced4da";
		}
		return switch (weighed.status()) {
			case MATCHED -> "#198754";
			case SHORT -> "#f0ad4e";
			case MISSING -> "#dc3545";
			case NOT_NEEDED -> "#ced4da";
		};
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
