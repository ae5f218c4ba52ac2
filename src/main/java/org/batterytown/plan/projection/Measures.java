package org.batterytown.plan.projection;

import java.util.ArrayList;
import java.util.List;

import org.batterytown.chain.model.Link;
import org.batterytown.plan.projection.ProjectInput.Stream;

/** The targets' measures in a computed scenario, with what each needs looked up once per run. */
final class Measures {

	private final Layout layout;

	private final List<TargetSpec> targets;

	/** [target][stream]: whether the stream counts as the target's capacity. */
	private final boolean[][] counts;

	/** [target][stream]: whether the stream is anode capacity a matching target weighs against. */
	private final boolean[][] anode;

	/** [target]: the projects whose production counts an enterprise in. */
	private final int[][] candidates;

	/** [target]: anode's need per GWh over the link's, for matching targets. */
	private final double[] matching;

	/** [target]: the months of the target's calendar year on the timeline. */
	private final int[][] year;

	private final int[] seen;

	private int visit;

	Measures(Layout layout, List<TargetSpec> targets, Market market) {
		this.layout = layout;
		this.targets = List.copyOf(targets);
		int n = targets.size();
		counts = new boolean[n][layout.streams()];
		anode = new boolean[n][layout.streams()];
		candidates = new int[n][];
		matching = new double[n];
		year = new int[n][];
		seen = new int[layout.enterprises];
		for (int k = 0; k < n; k++) {
			TargetSpec target = targets.get(k);
			if (target.month() < 0 || target.month() >= layout.months) {
				throw new IllegalArgumentException(target.key() + ": the target's month is outside the projection");
			}
			for (int s = 0; s < layout.streams(); s++) {
				Stream stream = layout.streams.get(s);
				counts[k][s] = stream.link() == target.link() && (!stream.toll() || target.tollIncluded());
				anode[k][s] = stream.link() == Link.ANODE && !stream.toll();
			}
			candidates[k] = candidates(target);
			if (target.kind() == TargetSpec.Kind.MATCHING) {
				Double need = market.perGwh().get(target.link());
				Double anodeNeed = market.perGwh().get(Link.ANODE);
				if (need == null || anodeNeed == null) {
					throw new IllegalArgumentException(target.key() + ": no need per GWh of cells for " + target.link());
				}
				matching[k] = anodeNeed / need;
			}
			int first = Math.max(0, target.month() - layout.timeline.month(target.month()).getMonthValue() + 1);
			int last = Math.min(layout.months - 1, first + 11);
			year[k] = new int[] { first, last };
		}
	}

	private int[] candidates(TargetSpec target) {
		List<Integer> found = new ArrayList<>();
		for (int p = 0; p < layout.projects.size(); p++) {
			ProjectInput project = layout.projects.get(p);
			boolean enterprise = target.kind() == TargetSpec.Kind.PROJECT
					? target.members().contains(project.projectId())
					: target.members() == null || target.members().contains(project.enterpriseId());
			boolean link = target.link() == null || project.lines().stream().anyMatch(l -> l.link() == target.link()
					&& (!l.toll() || target.tollIncluded()));
			if (enterprise && link) {
				found.add(p);
			}
		}
		return found.stream().mapToInt(Integer::intValue).toArray();
	}

	int size() {
		return targets.size();
	}

	TargetSpec target(int k) {
		return targets.get(k);
	}

	double measure(Scenario scenario, int k) {
		TargetSpec target = targets.get(k);
		int month = target.month();
		return switch (target.kind()) {
			case CAPACITY -> capacity(scenario, counts[k], month);
			case OUTPUT_VALUE -> {
				double sum = 0;
				for (int t = year[k][0]; t <= year[k][1]; t++) {
					sum += scenario.outputValue[t];
				}
				yield sum;
			}
			case ENTERPRISES -> enterprises(scenario, k, month);
			case PROJECT -> {
				int producing = 0;
				for (int p : candidates[k]) {
					producing += scenario.productionMonth[p] <= month ? 1 : 0;
				}
				yield producing;
			}
			case MATCHING -> {
				double link = capacity(scenario, counts[k], month);
				double anodeCapacity = capacity(scenario, anode[k], month);
				yield anodeCapacity == 0 ? (link == 0 ? 0 : Double.POSITIVE_INFINITY)
						: link * matching[k] / anodeCapacity;
			}
		};
	}

	private double capacity(Scenario scenario, boolean[] streams, int month) {
		double sum = 0;
		for (int s = 0; s < streams.length; s++) {
			if (streams[s]) {
				sum += scenario.capacity[s][month];
			}
		}
		return sum;
	}

	private int enterprises(Scenario scenario, int k, int month) {
		visit++;
		int count = 0;
		for (int p : candidates[k]) {
			int e = layout.enterpriseOf[p];
			if (scenario.productionMonth[p] <= month && seen[e] != visit) {
				seen[e] = visit;
				count++;
			}
		}
		return count;
	}

}
