package org.batterytown.chain;

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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coefficient sets: the newest one is in force; older ones stay for the balances that used them.
 * {@link CoefficientChanges} makes new ones.
 */
@Service
@Transactional(readOnly = true)
public class Coefficients {

	private final JdbcClient jdbc;

	Coefficients(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
