package org.batterytown.stats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.project.Product;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.NotFound;
import org.batterytown.shared.RuleViolation;
import org.batterytown.stats.review.Finding;
import org.batterytown.stats.review.ReportFigures;
import org.batterytown.stats.review.ReviewContext;
import org.batterytown.stats.review.ReviewRules;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports many monthly reports at once from the template's .xlsx or .csv. The file is read row by row
 * and checked against the same review rules as a form; only when every row passes are the reports
 * written, with PostgreSQL's COPY, in one transaction. A file with one bad row stores nothing and
 * returns each bad row's number, column, value and reason.
 *
 * <p>Imported reports are accepted at once: the zone's staff import figures the enterprises handed
 * in, and a warning passes only with the explanation given in the file. The month-on-month rule needs
 * the month before and is left to the report page, where it is shown.
 */
@Service
public class ReportImports {

	private static final Pattern PERIOD = Pattern.compile("^(\\d{4})\\s*(?:[-/.年]\\s*)?(\\d{1,2})\\s*(?:月)?(?:[-/.]\\d{1,2})?(?:日)?$");

	private static final Pattern LINE_FIELD = Pattern.compile("^lines\\[(\\d+)\\].*");

	/** Months are keyed from 1990 so that one bit per enterprise and month marks what exists. */
	private static final int FIRST_YEAR = 1990;

	/** Time-ordered ids, so that a million new reports append to the indexes led by the id. */
	private static final TimeBasedEpochGenerator IDS = Generators.timeBasedEpochGenerator();

	private static final int MONTHS = 12 * 150;

	private final EnterpriseManagement enterprises;

	private final ReviewContexts contexts;

	private final ReviewRules rules;

	private final StatsSettings settings;

	private final MessageSource messages;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** Refused imports are not stored (the database stays as it was); their errors are kept here for download. */
	private final Map<UUID, ImportResult> refused = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, ImportResult> eldest) {
			return size() > 50;
		}
	});

	private final ParkMonths parkMonths;

	ReportImports(EnterpriseManagement enterprises, ReviewContexts contexts, StatsSettings settings,
			MessageSource messages, DataSource dataSource, JdbcClient jdbc, Clock clock, ParkMonths parkMonths) {
		this.parkMonths = parkMonths;
		this.enterprises = enterprises;
		this.contexts = contexts;
		this.rules = new ReviewRules(settings.review());
		this.settings = settings;
		this.messages = messages;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Imports a file into a park.
	 *
	 * @throws NotAllowed unless the actor works for the zone of that park
	 * @throws RuleViolation if the file is not an .xlsx or a UTF-8 .csv, or is too large
	 */
	@Transactional
	public ImportResult importFile(Actor actor, UUID parkId, String fileName, long size, InputStream in)
			throws IOException {
		if (!actor.actsForZone(parkId)) {
			throw new NotAllowed("import reports");
		}
		if (size > settings.importMaxBytes()) {
			throw new RuleViolation("file", "stats.import.tooLarge", settings.importMaxBytes() / (1024 * 1024));
		}
		SheetRows.Format format = SheetRows.Format.of(fileName);
		Run run = new Run(actor, parkId, clock.instant(), YearMonth.now(clock));
		try {
			SheetRows.read(format, in, ImportColumn.values().length, run::row);
			run.finish();
			if (run.rows == 0 && run.errorCount == 0) {
				run.error(1, null, null, text("stats.import.empty"));
			}
			if (run.errorCount > 0) {
				// a month is reviewed once its rows are all read, so its errors arrive after later rows'
				run.errors.sort(java.util.Comparator.comparingLong(RowError::row));
				ImportResult result = new ImportResult(UUID.randomUUID(), fileName, false, run.rows, 0, run.errorCount,
						run.errors, run.at, actor.username());
				refused.put(result.id(), result);
				return result;
			}
			run.close();
			copy(run);
			parkMonths.refreshImport(parkId, run.importId);
			ImportResult result = new ImportResult(run.importId, fileName, true, run.rows, run.reports, 0, List.of(),
					run.at, actor.username());
			jdbc.sql("""
					insert into stats_import (id, park_id, file_name, succeeded, rows, reports, error_count, errors,
					                          created_at, created_by)
					values (:id, :park, :file, true, :rows, :reports, 0, '[]'::jsonb, :at, :by)""")
				.param("id", result.id())
				.param("park", parkId)
				.param("file", fileName.length() > 300 ? fileName.substring(0, 300) : fileName)
				.param("rows", run.rows)
				.param("reports", run.reports)
				.param("at", java.sql.Timestamp.from(run.at))
				.param("by", actor.username())
				.update();
			return result;
		}
		finally {
			run.delete();
		}
	}

	/** A refused import's result (kept in memory) or a stored one, for its page and error download. */
	@Transactional(readOnly = true)
	public ImportResult get(Actor actor, UUID id) {
		ImportResult result = refused.get(id);
		if (result != null) {
			if (!result.username().equals(actor.username())) {
				throw new NotFound("import", id);
			}
			return result;
		}
		return jdbc.sql("select * from stats_import where id = :id")
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getObject("park_id", UUID.class),
					new ImportResult(id, rs.getString("file_name"), rs.getBoolean("succeeded"), rs.getLong("rows"),
							rs.getLong("reports"), rs.getLong("error_count"), List.of(),
							rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"))))
			.optional()
			.filter(e -> actor.actsForZone(e.getKey()))
			.map(Map.Entry::getValue)
			.orElseThrow(() -> new NotFound("import", id));
	}

	/** The latest stored imports of a park. */
	@Transactional(readOnly = true)
	public List<ImportResult> recent(Actor actor, UUID parkId) {
		if (!actor.actsForZone(parkId)) {
			return List.of();
		}
		return jdbc.sql("select * from stats_import where park_id = :park order by created_at desc limit 20")
			.param("park", parkId)
			.query((rs, n) -> new ImportResult(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getBoolean("succeeded"), rs.getLong("rows"), rs.getLong("reports"), rs.getLong("error_count"),
					List.of(), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
			.list();
	}

	private void copy(Run run) throws IOException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			try (Reader reports = Files.newBufferedReader(run.reportFile, StandardCharsets.UTF_8);
					Reader lines = Files.newBufferedReader(run.lineFile, StandardCharsets.UTF_8);
					Reader explanations = Files.newBufferedReader(run.explanationFile, StandardCharsets.UTF_8)) {
				copy.copyIn("""
						copy stats_report (id, park_id, enterprise_id, period, revision, status, output_value,
						  electricity_kwh, energy_tce, employees, taxes, origin, import_id, synthetic, created_at,
						  created_by, submitted_at, submitted_by, reviewed_at, reviewed_by, version) from stdin""", reports);
				copy.copyIn("""
						copy stats_report_line (report_id, position, park_id, product, production, sales, output_value,
						  enterprise_id, period, counted) from stdin""", lines);
				copy.copyIn("copy stats_report_explanation (report_id, position, park_id, rule, text) from stdin",
						explanations);
			}
		}
		catch (SQLException ex) {
			if ("23505".equals(ex.getSQLState())) {
				throw new org.springframework.dao.DuplicateKeyException("a report of the import was filed meanwhile", ex);
			}
			throw new IllegalStateException("COPY of an import failed", ex);
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** One import's state while its rows stream by. */
	private final class Run {

		final Actor actor;

		final UUID parkId;

		final Instant at;

		final YearMonth thisMonth;

		final UUID importId = UUID.randomUUID();

		final Map<String, EnterpriseView> byCode = new HashMap<>();

		final Map<String, EnterpriseView> byName = new HashMap<>();

		final Map<UUID, Integer> index = new HashMap<>();

		final BitSet existing = new BitSet();

		final BitSet seen = new BitSet();

		final Map<UUID, Map<Product, Optional<BigDecimal>>> nameplates;

		final Map<Integer, ReviewContexts.Bands> bands = new HashMap<>();

		final Map<String, Product> products = new HashMap<>();

		final Path reportFile;

		final Path lineFile;

		final Path explanationFile;

		final BufferedWriter reportOut;

		final BufferedWriter lineOut;

		final BufferedWriter explanationOut;

		final List<RowError> errors = new ArrayList<>();

		long errorCount;

		long rows;

		long reports;

		@Nullable Group group;

		Run(Actor actor, UUID parkId, Instant at, YearMonth thisMonth) throws IOException {
			this.actor = actor;
			this.parkId = parkId;
			this.at = at;
			this.thisMonth = thisMonth;
			for (EnterpriseView e : enterprises.list(Actor.system())) {
				if (e.parkId().value().equals(parkId)) {
					index.put(e.id().value(), index.size());
					if (e.creditCode() != null) {
						byCode.put(e.creditCode(), e);
					}
					byName.put(e.name().zh(), e);
				}
			}
			jdbc.sql("select enterprise_id, period from stats_report where park_id = :park")
				.param("park", parkId)
				.query(rs -> {
					Integer i = index.get(rs.getObject(1, UUID.class));
					if (i != null) {
						existing.set(key(i, YearMonth.from(rs.getDate(2).toLocalDate())));
					}
				});
			nameplates = contexts.nameplates(parkId, null);
			for (Product p : Product.values()) {
				products.put(p.name(), p);
				products.put(messages.getMessage("product." + p, null, Locale.SIMPLIFIED_CHINESE), p);
				products.put(messages.getMessage("product." + p, null, Locale.ENGLISH).toLowerCase(Locale.ROOT), p);
			}
			reportFile = Files.createTempFile("bt-import-reports", ".copy");
			lineFile = Files.createTempFile("bt-import-lines", ".copy");
			explanationFile = Files.createTempFile("bt-import-explanations", ".copy");
			reportOut = Files.newBufferedWriter(reportFile, StandardCharsets.UTF_8);
			lineOut = Files.newBufferedWriter(lineFile, StandardCharsets.UTF_8);
			explanationOut = Files.newBufferedWriter(explanationFile, StandardCharsets.UTF_8);
		}

		boolean row(long number, String[] cells) {
			if (number == 1) {
				header(cells);
				return errorCount == 0;
			}
			if (blank(cells)) {
				return true;
			}
			rows++;
			try {
				line(number, cells);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			return errorCount < settings.importMaxErrors();
		}

		void header(String[] cells) {
			for (ImportColumn c : ImportColumn.values()) {
				String found = cells[c.ordinal()];
				if (!found.equals(c.zh()) && !found.equalsIgnoreCase(c.en())) {
					error(1, c, found, text("stats.import.header", c.zh()));
				}
			}
		}

		void line(long number, String[] cells) throws IOException {
			int before = errors.size();
			long countBefore = errorCount;
			EnterpriseView enterprise = enterprise(number, cells);
			YearMonth period = period(number, cells[ImportColumn.PERIOD.ordinal()]);
			Product product = product(number, cells[ImportColumn.PRODUCT.ordinal()]);
			BigDecimal production = number(number, ImportColumn.PRODUCTION, cells);
			BigDecimal sales = number(number, ImportColumn.SALES, cells);
			BigDecimal value = number(number, ImportColumn.OUTPUT_VALUE, cells);
			BigDecimal electricity = number(number, ImportColumn.ELECTRICITY, cells);
			BigDecimal energy = number(number, ImportColumn.ENERGY, cells);
			BigDecimal employees = number(number, ImportColumn.EMPLOYEES, cells);
			if (employees != null && employees.stripTrailingZeros().scale() > 0) {
				error(number, ImportColumn.EMPLOYEES, cells[ImportColumn.EMPLOYEES.ordinal()], text("stats.import.integer"));
				employees = null;
			}
			BigDecimal taxes = number(number, ImportColumn.TAXES, cells);
			String explanation = cells[ImportColumn.EXPLANATION.ordinal()];
			if (explanation.length() > 2000) {
				error(number, ImportColumn.EXPLANATION, explanation.substring(0, 40) + "…", text("stats.import.tooLong", 2000));
			}
			if (enterprise == null || period == null || product == null || errorCount > countBefore) {
				return;
			}
			int key = key(index.get(enterprise.id().value()), period);
			if (group == null || group.key != key) {
				finishGroup();
				if (existing.get(key)) {
					error(number, ImportColumn.PERIOD, period.toString(), text("stats.import.exists"));
					return;
				}
				if (seen.get(key)) {
					error(number, ImportColumn.PERIOD, period.toString(), text("stats.import.notTogether"));
					return;
				}
				seen.set(key);
				group = new Group(key, enterprise, period, number);
			}
			group.add(number, product, production, sales, value, cells, electricity, energy, employees, taxes,
					explanation);
			if (errors.size() > before) {
				group.failed = true;
			}
		}

		void finishGroup() throws IOException {
			Group g = group;
			group = null;
			if (g == null || g.failed) {
				return;
			}
			ReportFigures figures = g.figures();
			ReviewContexts.Bands b = bands.computeIfAbsent(g.period.getYear(), contexts::bands);
			ReviewContext context = new ReviewContext(
					nameplates.getOrDefault(g.enterprise.id().value(), Map.of()), b.prices(), b.electricity(), null);
			List<Finding> findings = rules.review(figures, context);
			String explanation = String.join(" ", g.explanations).strip();
			boolean failed = false;
			for (Finding f : findings) {
				if (f.hard() || !rules.acceptable(explanation)) {
					String reason = messages.getMessage(f.messageKey(), f.arguments().toArray(), f.messageKey(), locale());
					if (!f.hard()) {
						reason = reason + " " + text("stats.import.explain");
					}
					ImportColumn column = f.hard() ? column(f.field()) : ImportColumn.EXPLANATION;
					long row = g.rowOf(f.field());
					error(row, column, g.cells(row, column), reason);
					failed = true;
				}
			}
			if (!failed && errorCount == 0) {
				write(g, figures, findings, explanation);
			}
		}

		void write(Group g, ReportFigures f, List<Finding> findings, String explanation) throws IOException {
			UUID id = IDS.generate();
			String by = escape(actor.username());
			String when = at.toString();
			reportOut.append(id.toString()).append('\t').append(parkId.toString()).append('\t')
				.append(g.enterprise.id().value().toString()).append('\t').append(g.period.atDay(1).toString())
				.append("\t1\tACCEPTED\t").append(f.outputValue().toPlainString()).append('\t')
				.append(plain(f.electricityKwh())).append('\t').append(plain(f.energyTce())).append('\t')
				.append(f.employees() == null ? "\\N" : f.employees().toString()).append('\t').append(plain(f.taxes()))
				.append("\tIMPORT\t").append(importId.toString()).append("\tf\t").append(when).append('\t').append(by)
				.append('\t').append(when).append('\t').append(by).append('\t').append(when).append('\t').append(by)
				.append("\t1\n");
			for (int i = 0; i < f.lines().size(); i++) {
				ReportFigures.Line l = f.lines().get(i);
				lineOut.append(id.toString()).append('\t').append(Integer.toString(i)).append('\t')
					.append(parkId.toString()).append('\t').append(l.product().name()).append('\t')
					.append(plain(l.production())).append('\t').append(plain(l.sales())).append('\t')
					.append(plain(l.outputValue())).append('\t').append(g.enterprise.id().value().toString()).append('\t')
					.append(g.period.atDay(1).toString()).append("\tt\n");
			}
			int position = 0;
			for (Finding warning : findings) {
				explanationOut.append(id.toString()).append('\t').append(Integer.toString(position++)).append('\t')
					.append(parkId.toString()).append('\t').append(escape(warning.key())).append('\t')
					.append(escape(explanation)).append('\n');
			}
			reports++;
		}

		void finish() throws IOException {
			if (errorCount < settings.importMaxErrors()) {
				finishGroup();
			}
		}

		void close() throws IOException {
			reportOut.close();
			lineOut.close();
			explanationOut.close();
		}

		void delete() {
			try {
				close();
			}
			catch (IOException ex) {
				// the files are deleted below either way
			}
			for (Path p : List.of(reportFile, lineFile, explanationFile)) {
				try {
					Files.deleteIfExists(p);
				}
				catch (IOException ex) {
					// a temporary file left behind is removed by the system's temp cleaning
				}
			}
		}

		void error(long row, @Nullable ImportColumn column, @Nullable String value, String reason) {
			errorCount++;
			if (errors.size() < settings.importMaxErrors()) {
				errors.add(new RowError(row, column == null ? null : column.zh(), value, reason));
			}
		}

		@Nullable EnterpriseView enterprise(long number, String[] cells) {
			String code = cells[ImportColumn.CREDIT_CODE.ordinal()].toUpperCase(Locale.ROOT);
			String name = cells[ImportColumn.ENTERPRISE.ordinal()];
			EnterpriseView e = code.isEmpty() ? byName.get(name) : byCode.get(code);
			if (e == null) {
				if (code.isEmpty() && name.isEmpty()) {
					error(number, ImportColumn.ENTERPRISE, "", text("stats.import.enterpriseMissing"));
				}
				else if (!code.isEmpty()) {
					error(number, ImportColumn.CREDIT_CODE, code, text("stats.import.enterpriseUnknown"));
				}
				else {
					error(number, ImportColumn.ENTERPRISE, name, text("stats.import.enterpriseUnknown"));
				}
			}
			return e;
		}

		@Nullable YearMonth period(long number, String cell) {
			Matcher m = PERIOD.matcher(cell);
			String digits = cell.matches("\\d{6}") ? cell : null;
			int year;
			int month;
			if (digits != null) {
				year = Integer.parseInt(digits.substring(0, 4));
				month = Integer.parseInt(digits.substring(4));
			}
			else if (m.matches()) {
				year = Integer.parseInt(m.group(1));
				month = Integer.parseInt(m.group(2));
			}
			else {
				error(number, ImportColumn.PERIOD, cell, text("stats.import.period"));
				return null;
			}
			if (month < 1 || month > 12 || year < FIRST_YEAR || year >= FIRST_YEAR + MONTHS / 12) {
				error(number, ImportColumn.PERIOD, cell, text("stats.import.period"));
				return null;
			}
			YearMonth period = YearMonth.of(year, month);
			if (!period.isBefore(thisMonth)) {
				error(number, ImportColumn.PERIOD, cell, text("stats.report.future"));
				return null;
			}
			return period;
		}

		@Nullable Product product(long number, String cell) {
			Product p = products.get(cell);
			if (p == null) {
				p = products.get(cell.toLowerCase(Locale.ROOT));
			}
			if (p == null) {
				error(number, ImportColumn.PRODUCT, cell, text("stats.import.product"));
			}
			return p;
		}

		@Nullable BigDecimal number(long number, ImportColumn column, String[] cells) {
			String cell = cells[column.ordinal()];
			if (cell.isEmpty()) {
				return null;
			}
			String clean = cell.replace(",", "").replace("，", "").replace(" ", "");
			try {
				BigDecimal value = new BigDecimal(clean);
				if (value.abs().compareTo(new BigDecimal("1e15")) >= 0) {
					error(number, column, cell, text("stats.import.tooBig"));
					return null;
				}
				return value;
			}
			catch (NumberFormatException ex) {
				error(number, column, cell, text("stats.import.number"));
				return null;
			}
		}

		private static int key(int enterprise, YearMonth period) {
			return enterprise * MONTHS + (period.getYear() - FIRST_YEAR) * 12 + period.getMonthValue() - 1;
		}

		/** The rows of one enterprise's month while they are read. */
		final class Group {

			final int key;

			final EnterpriseView enterprise;

			final YearMonth period;

			final long firstRow;

			final List<ReportFigures.Line> lines = new ArrayList<>();

			final List<Long> lineRows = new ArrayList<>();

			final List<String> explanations = new ArrayList<>();

			final Map<ImportColumn, String> firstCells = new HashMap<>();

			@Nullable BigDecimal electricity;

			@Nullable BigDecimal energy;

			@Nullable BigDecimal employees;

			@Nullable BigDecimal taxes;

			boolean failed;

			Group(int key, EnterpriseView enterprise, YearMonth period, long firstRow) {
				this.key = key;
				this.enterprise = enterprise;
				this.period = period;
				this.firstRow = firstRow;
			}

			void add(long row, Product product, @Nullable BigDecimal production, @Nullable BigDecimal sales,
					@Nullable BigDecimal value, String[] cells, @Nullable BigDecimal electricity,
					@Nullable BigDecimal energy, @Nullable BigDecimal employees, @Nullable BigDecimal taxes,
					String explanation) {
				if (lines.stream().anyMatch(l -> l.product() == product)) {
					error(row, ImportColumn.PRODUCT, cells[ImportColumn.PRODUCT.ordinal()], text("stats.import.productTwice"));
				}
				lines.add(new ReportFigures.Line(product, production, sales, value));
				lineRows.add(row);
				if (lines.size() == 1) {
					for (ImportColumn c : ImportColumn.values()) {
						firstCells.put(c, cells[c.ordinal()]);
					}
				}
				this.electricity = total(row, ImportColumn.ELECTRICITY, this.electricity, electricity, cells);
				this.energy = total(row, ImportColumn.ENERGY, this.energy, energy, cells);
				this.employees = total(row, ImportColumn.EMPLOYEES, this.employees, employees, cells);
				this.taxes = total(row, ImportColumn.TAXES, this.taxes, taxes, cells);
				if (!explanation.isBlank()) {
					explanations.add(explanation);
				}
			}

			/** An enterprise total may be repeated on later rows of the month, but not changed. */
			private @Nullable BigDecimal total(long row, ImportColumn column, @Nullable BigDecimal known,
					@Nullable BigDecimal given, String[] cells) {
				if (given == null) {
					return known;
				}
				if (known != null && known.compareTo(given) != 0) {
					error(row, column, cells[column.ordinal()], text("stats.import.totalDiffers"));
				}
				return given;
			}

			ReportFigures figures() {
				return new ReportFigures(lines, electricity, energy,
						employees == null ? null : employees.intValueExact(), taxes);
			}

			long rowOf(String field) {
				Matcher m = LINE_FIELD.matcher(field);
				return m.matches() ? lineRows.get(Integer.parseInt(m.group(1))) : firstRow;
			}

			@Nullable String cells(long row, ImportColumn column) {
				return row == firstRow ? firstCells.get(column) : null;
			}

		}

	}

	private static ImportColumn column(String field) {
		if (field.endsWith(".production")) {
			return ImportColumn.PRODUCTION;
		}
		if (field.endsWith(".sales")) {
			return ImportColumn.SALES;
		}
		if (field.endsWith(".outputValue") || field.equals("outputValue")) {
			return ImportColumn.OUTPUT_VALUE;
		}
		return switch (field) {
			case "electricityKwh" -> ImportColumn.ELECTRICITY;
			case "energyTce" -> ImportColumn.ENERGY;
			case "employees" -> ImportColumn.EMPLOYEES;
			case "taxes" -> ImportColumn.TAXES;
			default -> ImportColumn.EXPLANATION;
		};
	}

	private static boolean blank(String[] cells) {
		for (String c : cells) {
			if (!c.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static String plain(@Nullable BigDecimal value) {
		return value == null ? "\\N" : value.toPlainString();
	}

	/** PostgreSQL COPY text format: backslash, tab, newline and carriage return are escaped. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
