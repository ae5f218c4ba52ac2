package org.batterytown.stats.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.batterytown.stats.ChasingRow;
import org.batterytown.stats.Dispatch;
import org.batterytown.stats.Light;
import org.batterytown.stats.Measure;
import org.batterytown.stats.MonthDispatch;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The dispatch report as plain tables of text and numbers, the one layout the PDF and the Excel
 * file both print (STATISTICS.md 4.4: headline figures, products, enterprises, projects, reporting).
 */
final class DispatchTables {

	private final MessageSource messages;

	private final Locale locale;

	private final ReportNumbers numbers;

	DispatchTables(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.numbers = new ReportNumbers(locale);
	}

	/** A cell: its text, and for Excel its number (a rate as a fraction), and its light. */
	record Cell(String text, @Nullable Number number, boolean numeric, @Nullable Light light, boolean rate) {

		static Cell text(@Nullable String text) {
			return new Cell(text == null ? "—" : text, null, false, null, false);
		}

	}

	record Table(String sheet, String title, List<String> header, List<List<Cell>> rows, boolean chartAfter) {
	}

	ReportNumbers numbers() {
		return numbers;
	}

	String title(Dispatch d) {
		return text("stats.dispatch.documentTitle", d.parkName().in(locale), d.month().getYear(),
				d.month().getMonthValue());
	}

	String status(MonthDispatch m) {
		return m.closed() ? text("stats.dispatch.snapshot", numbers.time(m.closedAt()), m.closedBy())
				: text("stats.dispatch.live", numbers.time(m.dispatch().preparedAt()));
	}

	String lightSummary(Dispatch d) {
		return text("stats.dispatch.lights", d.count(Light.RED), d.count(Light.AMBER), d.count(Light.GREEN));
	}

	String chartCaption() {
		return text("stats.dispatch.chartCaption");
	}

	String none() {
		return text("stats.dispatch.none");
	}

	List<Table> tables(Dispatch d) {
		return List.of(headlines(d), products(d), enterprises(d), projects(d), stageChanges(d), reporting(d),
				overdueTickets(d), atRisk(d));
	}

	private Table headlines(Dispatch d) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Dispatch.Headline h : d.headlines()) {
			Measure m = h.measure();
			rows.add(List.of(Cell.text(text("measure." + m) + " (" + text("stats.dispatch.unit." + numbers.unitKey(m)) + ")"),
					amount(h.month(), m), rate(h.monthFull()), rate(h.monthSame()), amount(h.yearToDate(), m),
					rate(h.yearToDateFull()), rate(h.yearToDateSame()),
					Cell.text(text("stats.dispatch.set", h.enterprises(), h.entering(), h.leaving())), light(h.light())));
		}
		return new Table(text("stats.dispatch.sheet.headline"), text("stats.dispatch.table.headline"),
				headers("measure", "month", "monthFull", "monthSame", "ytd", "ytdFull", "ytdSame", "set", "light"), rows,
				true);
	}

	private Table products(Dispatch d) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Dispatch.ProductLine p : d.products()) {
			rows.add(List.of(Cell.text(text("product." + p.product()) + " (" + text("unitShort." + p.unit()) + ")"),
					number(p.production(), 1), number(p.yearToDate(), 1), rate(p.growthSame()), share(p.utilization()),
					light(p.light())));
		}
		return new Table(text("stats.dispatch.sheet.products"), text("stats.dispatch.table.products"),
				headers("product", "production", "productionYtd", "growthSame", "utilization", "light"), rows, false);
	}

	private Table enterprises(Dispatch d) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Dispatch.EnterpriseLine e : d.enterprises()) {
			rows.add(List.of(Cell.text(e.name().in(locale)), Cell.text(text("membership." + e.membership())),
					Cell.text(e.revision() == null ? null : Integer.toString(e.revision())),
					amount(e.outputValue(), Measure.OUTPUT_VALUE), rate(e.growth()),
					new Cell(numbers.points(e.pullPoints()), e.pullPoints(), true, null, false),
					amount(e.electricityKwh(), Measure.ELECTRICITY)));
		}
		return new Table(text("stats.dispatch.sheet.enterprises"), text("stats.dispatch.table.enterprises"),
				headers("enterprise", "membership", "revision", "output", "growth", "pull", "electricity"), rows, false);
	}

	private Table projects(Dispatch d) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Dispatch.ProjectLine p : d.projects()) {
			rows.add(List.of(Cell.text(p.name().in(locale)), Cell.text(p.enterprise().in(locale)),
					Cell.text(text("stage." + p.stage())),
					Cell.text(p.slippedMilestone() == null ? null : text("milestone." + p.slippedMilestone())),
					Cell.text(p.plannedDate() == null ? null : p.plannedDate().toString()),
					Cell.text(p.actualDate() == null ? null : p.actualDate().toString()),
					p.slippageDays() == null ? Cell.text(null)
							: new Cell(Long.toString(p.slippageDays()), p.slippageDays(), true, null, false),
					light(p.light())));
		}
		return new Table(text("stats.dispatch.sheet.projects"), text("stats.dispatch.table.projects"),
				headers("project", "enterprise", "stage", "milestone", "planned", "actual", "slippage", "light"), rows,
				false);
	}

	private Table stageChanges(Dispatch d) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Dispatch.StageChange c : d.stageChanges()) {
			rows.add(List.of(Cell.text(c.name().in(locale)), Cell.text(text("stage." + c.stage())),
					Cell.text(numbers.time(c.at()))));
		}
		return new Table(text("stats.dispatch.sheet.stageChanges"), text("stats.dispatch.table.stageChanges"),
				headers("project", "stage", "at"), rows, false);
	}

	private Table overdueTickets(Dispatch d) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Dispatch.OverdueTickets o : d.overdueTickets()) {
			rows.add(List.of(Cell.text(o.name().in(locale)),
					new Cell(Integer.toString(o.tickets()), o.tickets(), true, null, false),
					new Cell(Integer.toString(o.maxOverdueDays()), o.maxOverdueDays(), true, null, false)));
		}
		return new Table(text("stats.dispatch.sheet.tickets"), text("stats.dispatch.table.tickets"),
				headers("project", "tickets", "maxOverdue"), rows, false);
	}

	private Table atRisk(Dispatch d) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Dispatch.AtRisk r : d.atRisk()) {
			rows.add(List.of(Cell.text(r.name().in(locale)), new Cell(Integer.toString(r.score()), r.score(), true, null, false),
					Cell.text(String.join("；", r.reasons().stream().map(t -> t.in(locale)).toList()))));
		}
		return new Table(text("stats.dispatch.sheet.atRisk"), text("stats.dispatch.table.atRisk"),
				headers("enterprise", "score", "reasons"), rows, false);
	}

	private Table reporting(Dispatch d) {
		List<List<Cell>> rows = new ArrayList<>();
		for (ChasingRow r : d.reporting()) {
			rows.add(List.of(Cell.text(r.name().in(locale)), Cell.text(text("reportingState." + r.state())),
					Cell.text(numbers.time(r.firstSubmittedAt())), Cell.text(r.dueDate().toString()),
					r.daysOverdue() == null ? Cell.text(null)
							: new Cell(Long.toString(r.daysOverdue()), r.daysOverdue(), true, null, false),
					light(r.light())));
		}
		return new Table(text("stats.dispatch.sheet.reporting"), text("stats.dispatch.table.reporting"),
				headers("enterprise", "state", "submitted", "due", "overdue", "light"), rows, false);
	}

	private Cell amount(@Nullable BigDecimal value, Measure measure) {
		return new Cell(numbers.measure(value, measure), numbers.scaled(value, measure), true, null, false);
	}

	private Cell number(@Nullable BigDecimal value, int decimals) {
		return new Cell(numbers.number(value, decimals), value, true, null, false);
	}

	private Cell rate(@Nullable Double value) {
		return new Cell(numbers.growth(value), value, true, null, true);
	}

	private Cell share(@Nullable Double value) {
		return new Cell(numbers.percent(value), value, true, null, true);
	}

	private Cell light(Light light) {
		return new Cell(text("light." + light), null, false, light, false);
	}

	private List<String> headers(String... keys) {
		return java.util.Arrays.stream(keys).map(k -> text("stats.dispatch.col." + k)).toList();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
