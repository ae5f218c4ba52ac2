package org.batterytown.chain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.batterytown.chain.model.AnodeInput;
import org.batterytown.chain.model.Basis;
import org.batterytown.chain.model.Chemistry;
import org.batterytown.chain.model.InputCoefficient;
import org.batterytown.chain.model.Intensity;
import org.batterytown.chain.model.Link;
import org.batterytown.chain.model.Price;
import org.batterytown.chain.model.Utilization;
import org.batterytown.shared.Actor;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coefficient sets: the newest one is in force; older ones stay for the balances that used them. */
@Service
@Transactional(readOnly = true)
public class Coefficients {

	private final JdbcClient jdbc;

	private final Clock clock;

	Coefficients(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The set in force: the newest. */
	public CoefficientSet current() {
		return jdbc.sql("select id, label from chain_coefficient_set order by id desc limit 1")
			.query((rs, n) -> new CoefficientSet(rs.getInt(1), rs.getString(2), intensities(rs.getInt(1)),
					anodeInputs(rs.getInt(1)), prices(rs.getInt(1)), utilizations(rs.getInt(1))))
			.single();
	}

	/** Every set, newest first: who made it, when, and what it changed. */
	public List<SetEntry> history() {
		return jdbc.sql("select id, label, created_at, created_by from chain_coefficient_set order by id desc")
			.query((rs, n) -> new SetEntry(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	/**
	 * Changes one intensity by making a new set: a copy of the one in force with the new values. The
	 * old set stays, so balances computed with it can still be traced.
	 *
	 * @throws NotAllowed unless the actor is an admin or zone staff
	 * @throws RuleViolation if the values are not 0 < low ≤ base ≤ high, or the intensity does not exist
	 */
	@Transactional
	public CoefficientSet change(Actor actor, IntensityChange change) {
		requireStaff(actor);
		change.band().requireOrder();
		Band band = change.band();
		Intensity old = current().intensities()
			.stream()
			.filter(i -> i.link() == change.link() && i.chemistry() == change.chemistry() && i.basis() == change.basis())
			.findFirst()
			.orElseThrow(() -> new RuleViolation("link", "chain.coefficient.unknown"));
		String what = change.link() + "/" + change.chemistry() + "/" + change.basis();
		return derive(actor, label(what, old.low(), old.base(), old.high(), old.grade(), band), set -> jdbc.sql("""
				update chain_intensity set low = ?, base = ?, high = ?, source = ?, grade = ?
				where set_id = ? and link = ? and chemistry = ? and basis = ?""")
			.params(band.low(), band.base(), band.high(), band.source(), band.grade(), set, change.link().name(),
					change.chemistry().name(), change.basis().name())
			.update());
	}

	/** Changes what a tonne of anode takes of one upstream input, by making a new set. */
	@Transactional
	public CoefficientSet change(Actor actor, AnodeInput input, Band band) {
		requireStaff(actor);
		band.requireOrder();
		InputCoefficient old = current().anodeInputs().stream().filter(i -> i.input() == input).findFirst()
			.orElseThrow(() -> new RuleViolation("input", "chain.coefficient.unknown"));
		return derive(actor, label(input.name(), old.low(), old.base(), old.high(), old.grade(), band),
				set -> jdbc.sql("""
						update chain_anode_input set low = ?, base = ?, high = ?, source = ?, grade = ?
						where set_id = ? and input = ?""")
					.params(band.low(), band.base(), band.high(), band.source(), band.grade(), set, input.name())
					.update());
	}

	/** Changes a price band of one link, product or toll fee, and year, by making a new set. */
	@Transactional
	public CoefficientSet change(Actor actor, Link link, boolean toll, int year, Band band) {
		requireStaff(actor);
		band.requireOrder();
		Price old = current().prices().stream()
			.filter(p -> p.link() == link && p.toll() == toll && p.year() == year)
			.findFirst()
			.orElseThrow(() -> new RuleViolation("link", "chain.coefficient.unknown"));
		return derive(actor, label("PRICE " + link + (toll ? " fee " : " ") + year, old.low(), old.base(), old.high(),
				old.grade(), band), set -> jdbc.sql("""
						update chain_price set low = ?, base = ?, high = ?, source = ?, grade = ?
						where set_id = ? and link = ? and toll = ? and year = ?""")
			.params(band.low(), band.base(), band.high(), band.source(), band.grade(), set, link.name(), toll, year)
			.update());
	}

	/** Changes the utilization of one year, by making a new set. */
	@Transactional
	public CoefficientSet changeUtilization(Actor actor, int year, Band band) {
		requireStaff(actor);
		band.requireOrder();
		if (band.high() > 1) {
			throw new RuleViolation("high", "chain.utilization.range");
		}
		Utilization old = current().utilizations().stream().filter(u -> u.year() == year).findFirst()
			.orElseThrow(() -> new RuleViolation("year", "chain.coefficient.unknown"));
		return derive(actor, label("UTILIZATION " + year, old.low(), old.base(), old.high(), old.grade(), band),
				set -> jdbc.sql("""
						update chain_utilization set low = ?, base = ?, high = ?, source = ?, grade = ?
						where set_id = ? and year = ?""")
					.params(band.low(), band.base(), band.high(), band.source(), band.grade(), set, year)
					.update());
	}

	/** Copies the set in force into a new one, applies the change to it and records who made it and why. */
	private static void requireStaff(Actor actor) {
		if (!(actor.isAdmin() || actor.role() == Role.STAFF)) {
			throw new NotAllowed("change coefficients");
		}
	}

	private CoefficientSet derive(Actor actor, String label, java.util.function.IntConsumer update) {
		int from = current().id();
		int next = from + 1;
		jdbc.sql("insert into chain_coefficient_set (id, label, created_at, created_by) values (?, ?, ?, ?)")
			.params(next, label.length() > 200 ? label.substring(0, 200) : label, Timestamp.from(clock.instant()),
					actor.username())
			.update();
		for (String table : new String[] { "chain_intensity", "chain_anode_input", "chain_price", "chain_utilization" }) {
			copy(table, next, from);
		}
		update.accept(next);
		return current();
	}

	private static String label(String what, double low, double base, double high, char grade, Band band) {
		return what + ": " + low + " / " + base + " / " + high + " (" + grade + ") → " + band.low() + " / " + band.base()
				+ " / " + band.high() + " (" + band.grade() + ")" + (band.note() == null ? "" : "; " + band.note());
	}

	private void copy(String table, int to, int from) {
		String columns = switch (table) {
			case "chain_intensity" -> "link, chemistry, basis, low, base, high, unit, source, grade";
			case "chain_anode_input" -> "input, low, base, high, unit, source, grade";
			case "chain_price" -> "link, toll, year, low, base, high, unit, source, grade";
			default -> "year, low, base, high, source, grade";
		};
		jdbc.sql("insert into " + table + " (set_id, " + columns + ") select ?, " + columns + " from " + table
				+ " where set_id = ?")
			.params(to, from)
			.update();
	}

	private List<Intensity> intensities(int setId) {
		return jdbc.sql("""
				select link, chemistry, basis, low, base, high, source, grade from chain_intensity
				where set_id = ? order by link, chemistry, basis""")
			.param(setId)
			.query((rs, n) -> new Intensity(Link.valueOf(rs.getString(1)), Chemistry.valueOf(rs.getString(2)),
					Basis.valueOf(rs.getString(3)), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getString(7),
					rs.getString(8).charAt(0)))
			.list();
	}

	private List<Price> prices(int setId) {
		return jdbc.sql("select link, toll, year, low, base, high, source, grade from chain_price where set_id = ? order by link, year")
			.param(setId)
			.query((rs, n) -> new Price(Link.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getInt(3), rs.getDouble(4),
					rs.getDouble(5), rs.getDouble(6), rs.getString(7), rs.getString(8).charAt(0)))
			.list();
	}

	private List<Utilization> utilizations(int setId) {
		return jdbc.sql("select year, low, base, high, source, grade from chain_utilization where set_id = ? order by year")
			.param(setId)
			.query((rs, n) -> new Utilization(rs.getInt(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
					rs.getString(5), rs.getString(6).charAt(0)))
			.list();
	}

	private List<InputCoefficient> anodeInputs(int setId) {
		return jdbc.sql("select input, low, base, high, source, grade from chain_anode_input where set_id = ? order by input")
			.param(setId)
			.query((rs, n) -> new InputCoefficient(AnodeInput.valueOf(rs.getString(1)), rs.getDouble(2), rs.getDouble(3),
					rs.getDouble(4), rs.getString(5), rs.getString(6).charAt(0)))
			.list();
	}

	/** A set in the history: its number, what it changed, who made it and when. */
	public record SetEntry(int id, String label, Instant createdAt, String createdBy) {
	}

	/** A numbered, immutable set of coefficients. */
	public record CoefficientSet(int id, String label, List<Intensity> intensities, List<InputCoefficient> anodeInputs,
			List<Price> prices, List<Utilization> utilizations) {

		public CoefficientSet {
			intensities = List.copyOf(intensities);
			anodeInputs = List.copyOf(anodeInputs);
			prices = List.copyOf(prices);
			utilizations = List.copyOf(utilizations);
		}

	}

}
