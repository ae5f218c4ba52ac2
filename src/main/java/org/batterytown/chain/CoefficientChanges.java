package org.batterytown.chain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.IntConsumer;

import org.batterytown.chain.Coefficients.CoefficientSet;
import org.batterytown.chain.model.AnodeInput;
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

/**
 * Changes coefficients the only way they change: a new set copies the one in force with one value
 * changed, and records who made it, when, old → new and why. Admins and zone staff only.
 */
@Service
@Transactional
public class CoefficientChanges {

	private final JdbcClient jdbc;

	private final Coefficients coefficients;

	private final Clock clock;

	CoefficientChanges(JdbcClient jdbc, Coefficients coefficients, Clock clock) {
		this.jdbc = jdbc;
		this.coefficients = coefficients;
		this.clock = clock;
	}

	/**
	 * Changes one intensity by making a new set: a copy of the one in force with the new values. The
	 * old set stays, so balances computed with it can still be traced.
	 *
	 * @throws NotAllowed unless the actor is an admin or zone staff
	 * @throws RuleViolation if the values are not 0 < low ≤ base ≤ high, or the intensity does not exist
	 */
	public CoefficientSet change(Actor actor, IntensityChange change) {
		requireStaff(actor);
		change.band().requireOrder();
		Band band = change.band();
		Intensity old = coefficients.current().intensities()
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
	public CoefficientSet change(Actor actor, AnodeInput input, Band band) {
		requireStaff(actor);
		band.requireOrder();
		InputCoefficient old = coefficients.current().anodeInputs().stream().filter(i -> i.input() == input).findFirst()
			.orElseThrow(() -> new RuleViolation("input", "chain.coefficient.unknown"));
		return derive(actor, label(input.name(), old.low(), old.base(), old.high(), old.grade(), band),
				set -> jdbc.sql("""
						update chain_anode_input set low = ?, base = ?, high = ?, source = ?, grade = ?
						where set_id = ? and input = ?""")
					.params(band.low(), band.base(), band.high(), band.source(), band.grade(), set, input.name())
					.update());
	}

	/** Changes a price band of one link, product or toll fee, and year, by making a new set. */
	public CoefficientSet change(Actor actor, Link link, boolean toll, int year, Band band) {
		requireStaff(actor);
		band.requireOrder();
		Price old = coefficients.current().prices().stream()
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
	public CoefficientSet changeUtilization(Actor actor, int year, Band band) {
		requireStaff(actor);
		band.requireOrder();
		if (band.high() > 1) {
			throw new RuleViolation("high", "chain.utilization.range");
		}
		Utilization old = coefficients.current().utilizations().stream().filter(u -> u.year() == year).findFirst()
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

	private CoefficientSet derive(Actor actor, String label, IntConsumer update) {
		int from = coefficients.current().id();
		int next = from + 1;
		jdbc.sql("insert into chain_coefficient_set (id, label, created_at, created_by) values (?, ?, ?, ?)")
			.params(next, label.length() > 200 ? label.substring(0, 200) : label, Timestamp.from(clock.instant()),
					actor.username())
			.update();
		for (String table : new String[] { "chain_intensity", "chain_anode_input", "chain_price", "chain_utilization" }) {
			copy(table, next, from);
		}
		update.accept(next);
		return coefficients.current();
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

}
