package org.batterytown.chain;

import java.util.List;

import org.batterytown.chain.model.AnodeInput;
import org.batterytown.chain.model.Basis;
import org.batterytown.chain.model.Chemistry;
import org.batterytown.chain.model.InputCoefficient;
import org.batterytown.chain.model.Intensity;
import org.batterytown.chain.model.Link;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coefficient sets: the newest one is in force; older ones stay for the balances that used them. */
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
					anodeInputs(rs.getInt(1))))
			.single();
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

	private List<InputCoefficient> anodeInputs(int setId) {
		return jdbc.sql("select input, low, base, high, source, grade from chain_anode_input where set_id = ? order by input")
			.param(setId)
			.query((rs, n) -> new InputCoefficient(AnodeInput.valueOf(rs.getString(1)), rs.getDouble(2), rs.getDouble(3),
					rs.getDouble(4), rs.getString(5), rs.getString(6).charAt(0)))
			.list();
	}

	/** A numbered, immutable set of coefficients. */
	public record CoefficientSet(int id, String label, List<Intensity> intensities, List<InputCoefficient> anodeInputs) {

		public CoefficientSet {
			intensities = List.copyOf(intensities);
			anodeInputs = List.copyOf(anodeInputs);
		}

	}

}
