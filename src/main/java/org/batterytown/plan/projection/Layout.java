package org.batterytown.plan.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.math3.distribution.RealDistribution;
import org.batterytown.chain.model.Link;
import org.batterytown.plan.projection.ProjectInput.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of a run laid out as arrays, so that each scenario is loops over numbers: projects and
 * their lines by index, a stream per link and form, bands and distributions made once.
 */
final class Layout {

	final Timeline timeline;

	final int months;

	final int now;

	final List<ProjectInput> projects;

	final List<Stream> streams = new ArrayList<>();

	final int[] firstLine;

	final int[] lineStream;

	final double[] lineNameplate;

	final int[] enterpriseOf;

	final int enterprises;

	final int firstYear;

	final int[] yearOf;

	/** [stream][year]: {@literal null} where the stream has no price. */
	final @Nullable Band[][] price;

	final @Nullable RealDistribution[][] priceDistribution;

	final Band[] utilization;

	final RealDistribution[] utilizationDistribution;

	/** kWh per unit of each stream's output; NaN where unknown. */
	final double[] electricity;

	/** Need per GWh of cells of each stream's link, for what the park's own cells contain; NaN if none. */
	final double[] perGwh;

	final int cells;

	final RealDistribution[] delay;

	final double[] cancellation;

	final RealDistribution ramp;

	final double rampMode;

	final double marketSpread;

	Layout(Timeline timeline, int now, List<ProjectInput> projects, Market market, Uncertainty uncertainty) {
		this.timeline = timeline;
		this.months = timeline.size();
		this.now = now;
		this.projects = List.copyOf(projects);
		int lines = projects.stream().mapToInt(p -> p.lines().size()).sum();
		firstLine = new int[projects.size() + 1];
		lineStream = new int[lines];
		lineNameplate = new double[lines];
		enterpriseOf = new int[projects.size()];
		delay = new RealDistribution[projects.size()];
		cancellation = new double[projects.size()];
		Map<Stream, Integer> streamIndex = new HashMap<>();
		Map<UUID, Integer> enterpriseIndex = new HashMap<>();
		int line = 0;
		for (int p = 0; p < projects.size(); p++) {
			ProjectInput project = projects.get(p);
			firstLine[p] = line;
			enterpriseOf[p] = enterpriseIndex.computeIfAbsent(project.enterpriseId(), k -> enterpriseIndex.size());
			Uncertainty.Slip slip = uncertainty.slip(project.group());
			delay[p] = slip.delayMonths().distribution();
			cancellation[p] = slip.cancellation();
			for (ProjectInput.Line l : project.lines()) {
				lineStream[line] = streamIndex.computeIfAbsent(l.stream(), k -> {
					streams.add(k);
					return streams.size() - 1;
				});
				lineNameplate[line++] = l.nameplate();
			}
		}
		firstLine[projects.size()] = line;
		enterprises = enterpriseIndex.size();
		firstYear = timeline.start().getYear();
		yearOf = new int[months];
		for (int t = 0; t < months; t++) {
			yearOf[t] = timeline.month(t).getYear() - firstYear;
		}
		int years = timeline.end().getYear() - firstYear + 1;
		price = new Band[streams.size()][years];
		priceDistribution = new RealDistribution[streams.size()][years];
		electricity = new double[streams.size()];
		perGwh = new double[streams.size()];
		for (int s = 0; s < streams.size(); s++) {
			Stream stream = streams.get(s);
			for (int y = 0; y < years; y++) {
				Band band = market.price(stream, firstYear + y);
				price[s][y] = band;
				priceDistribution[s][y] = band == null ? null : band.distribution();
			}
			electricity[s] = market.electricityPerUnit().getOrDefault(stream.link(), Double.NaN);
			perGwh[s] = stream.toll() || stream.link() == Link.CELLS ? Double.NaN
					: market.perGwh().getOrDefault(stream.link(), Double.NaN);
		}
		cells = streams.indexOf(new Stream(Link.CELLS, false));
		utilization = new Band[years];
		utilizationDistribution = new RealDistribution[years];
		for (int y = 0; y < years; y++) {
			utilization[y] = market.utilization(firstYear + y);
			utilizationDistribution[y] = utilization[y].distribution();
		}
		ramp = uncertainty.rampMonths().distribution();
		rampMode = uncertainty.rampMonths().mode();
		marketSpread = uncertainty.marketSpread();
	}

	int streams() {
		return streams.size();
	}

	int years() {
		return utilization.length;
	}

}
