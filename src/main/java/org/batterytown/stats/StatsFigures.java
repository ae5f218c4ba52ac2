package org.batterytown.stats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.project.Product;
import org.batterytown.project.ProjectCapacity;
import org.batterytown.shared.Actor;
import org.batterytown.shared.LocalizedText;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.Role;
import org.batterytown.stats.FigureQueries.Scope;
import org.batterytown.stats.FiguresView.EnterpriseFigures;
import org.batterytown.stats.FiguresView.Membership;
import org.batterytown.stats.figures.Comparison;
import org.batterytown.stats.figures.Comparisons;
import org.batterytown.stats.figures.Period;
import org.batterytown.stats.figures.PeriodKind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of accepted reports. A park's figures show every enterprise's, so enterprise users get
 * only their own enterprise's; leaders, staff and admins get the park's.
 */
@Service
@Transactional(readOnly = true)
public class StatsFigures {

	private final FigureQueries queries;

	private final EnterpriseManagement enterprises;

	private final ProjectCapacity capacity;

	private final Clock clock;

	private final ParkMonths parkMonths;

	private final FigureCache cache;

	StatsFigures(FigureQueries queries, EnterpriseManagement enterprises, ProjectCapacity capacity, Clock clock,
			ParkMonths parkMonths, FigureCache cache) {
		this.parkMonths = parkMonths;
		this.cache = cache;
		this.queries = queries;
		this.enterprises = enterprises;
		this.capacity = capacity;
		this.clock = clock;
	}

	/**
	 * The figures of a park ({@code enterpriseId} {@literal null}) or of one of its enterprises for the
	 * period of the kind that ends with (or contains) {@code month}, by default the latest month with an
	 * accepted report (else last month); {@code product} picks the product of the production chart, by
	 * default the one with the most nameplate.
	 */
	public FiguresView of(Actor actor, UUID parkId, @Nullable UUID enterpriseId, PeriodKind kind,
			@Nullable YearMonth requested, @Nullable Product product) {
		Scope scope = scope(actor, parkId, enterpriseId);
		YearMonth month = requested != null ? requested : queries.latestMonth(scope);
		if (month == null) {
			month = YearMonth.now(clock).minusMonths(1);
		}
		YearMonth resolved = month;
		// figures depend only on the park's counted reports, its registry and its enterprises' names
		String registryStamp = capacity.stamp(parkId) + "/" + enterprises.stamp(parkId);
		return cache.get(new FigureCache.Key(parkId, enterpriseId, kind, resolved, product),
				parkMonths.version(parkId) + "/" + registryStamp,
				() -> compute(scope, kind, resolved, product, cache.registry(parkId, enterpriseId, registryStamp,
						() -> new FigureCache.Registry(
								CapacityHistory.of(capacity.producingLines(Actor.system(), parkId, enterpriseId)),
								enterprises.names(Actor.system(), parkId)))));
	}

	private FiguresView compute(Scope scope, PeriodKind kind, YearMonth month, @Nullable Product product,
			FigureCache.Registry registry) {
		UUID parkId = scope.parkId();
		UUID enterpriseId = scope.enterpriseId();
		Period period = Period.of(kind, month);
		Window cur = new Window("cur", period);
		Window yoy = new Window("yoy", period.yearEarlier());
		List<Window> windows = new ArrayList<>(List.of(cur, yoy));
		Window pop = period.previous() == null || kind == PeriodKind.YEAR ? null : new Window("pop", period.previous());
		if (pop != null) {
			windows.add(pop);
		}
		var lineSums = queries.productSumsAlongside(scope, List.of(cur, yoy));
		var sums = queries.enterpriseSums(scope, windows);
		List<FiguresView.MeasureFigures> measures = new ArrayList<>();
		for (Measure m : Measure.values()) {
			Comparison yearOnYear = Comparisons.compare(sums.get("cur").get(m), sums.get("yoy").get(m));
			Comparison periodOnPeriod = kind == PeriodKind.YEAR ? yearOnYear
					: pop == null ? null : Comparisons.compare(sums.get("cur").get(m), sums.get("pop").get(m));
			measures.add(new FiguresView.MeasureFigures(m, yearOnYear, periodOnPeriod));
		}
		var lines = lineSums.get();
		CapacityHistory history = registry.history();
		List<FiguresView.ProductFigures> products = ProductFigureRows.products(lines.get("cur"), lines.get("yoy"),
				history, period);
		Map<UUID, LocalizedText> names = registry.names();
		Comparison output = measures.get(0).yearOnYear();
		Product charted = product != null ? product : products.stream()
			.max(Comparator.comparing(FiguresView.ProductFigures::capacity)
				.thenComparing(p -> p.production().current()))
			.map(FiguresView.ProductFigures::product)
			.orElse(null);
		return new FiguresView(parkId, enterpriseId, period, period.yearEarlier(), period.previous(), measures,
				ProductFigureRows.links(lines.get("cur"), lines.get("yoy")), products,
				enterpriseRows(sums.get("cur").get(Measure.OUTPUT_VALUE), sums.get("yoy").get(Measure.OUTPUT_VALUE), output,
						sums.get("cur").get(Measure.ELECTRICITY), names),
				trend(scope, period.to()), charted == null ? null : productTrend(scope, period.to(), charted, history));
	}

	private Scope scope(Actor actor, UUID parkId, @Nullable UUID enterpriseId) {
		if (enterpriseId == null) {
			if (actor.role() == Role.ENTERPRISE || !actor.canSeePark(parkId)) {
				throw new NotFound("park figures", parkId);
			}
			return new Scope(parkId, null);
		}
		EnterpriseView enterprise = enterprises.get(actor, new EnterpriseId(enterpriseId));
		if (!enterprise.parkId().value().equals(parkId)) {
			throw new NotFound("enterprise", enterpriseId);
		}
		return new Scope(parkId, enterpriseId);
	}

	private static List<EnterpriseFigures> enterpriseRows(Map<UUID, @Nullable BigDecimal> current,
			Map<UUID, @Nullable BigDecimal> base, Comparison output, Map<UUID, @Nullable BigDecimal> electricity,
			Map<UUID, LocalizedText> names) {
		Set<UUID> ids = new HashSet<>(current.keySet());
		ids.addAll(base.keySet());
		List<EnterpriseFigures> rows = new ArrayList<>();
		for (UUID id : ids) {
			BigDecimal now = current.get(id);
			BigDecimal then = base.get(id);
			Membership membership = now != null && then != null ? Membership.SAME
					: now != null ? Membership.ENTERING : then != null ? Membership.LEAVING : null;
			if (membership != null) {
				rows.add(new EnterpriseFigures(id, name(names, id), membership, now, then,
						now == null || then == null ? null : Comparisons.growth(now, then), output.pullPoints().get(id),
						electricity.get(id)));
			}
		}
		rows.sort(Comparator.comparing(EnterpriseFigures::membership)
			.thenComparing(r -> r.outputValue() == null ? BigDecimal.ZERO : r.outputValue(), Comparator.reverseOrder()));
		return rows;
	}

	private static LocalizedText name(Map<UUID, LocalizedText> names, UUID id) {
		return names.getOrDefault(id, new LocalizedText(id.toString(), null));
	}

	private List<FiguresView.TrendPoint> trend(Scope scope, YearMonth last) {
		YearMonth first = last.minusMonths(11);
		Map<YearMonth, FigureQueries.MonthSum> months = new HashMap<>();
		queries.monthSums(scope, new Window("trend", new Period(PeriodKind.MONTH, first.minusYears(1), last)))
			.forEach(m -> months.put(m.month(), m));
		List<FiguresView.TrendPoint> points = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			var now = months.get(m);
			var then = months.get(m.minusYears(1));
			BigDecimal value = now == null ? null : now.outputValue();
			BigDecimal before = then == null ? null : then.outputValue();
			points.add(new FiguresView.TrendPoint(m, now == null ? 0 : now.reports(), value, before,
					value == null || before == null ? null : Comparisons.growth(value, before),
					now == null ? null : now.electricity()));
		}
		return points;
	}

	private FiguresView.ProductTrend productTrend(Scope scope, YearMonth last, Product product,
			CapacityHistory history) {
		Period span = new Period(PeriodKind.MONTH, last.minusMonths(11), last);
		Map<YearMonth, BigDecimal> production = queries.monthlyProduction(scope, new Window("trend", span), product);
		return new FiguresView.ProductTrend(product, product.unit(), span.months()
			.stream()
			.map(m -> new FiguresView.ProductMonth(m, production.get(m), history.disclosed(product, m)))
			.toList());
	}

}
