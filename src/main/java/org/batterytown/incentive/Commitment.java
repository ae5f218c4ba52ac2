package org.batterytown.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A promise of a deal, with what staff recorded of its fulfilment. Changed only through its deal. */
@Table("incentive_commitment")
class Commitment {

	private final Side side;

	private final CommitmentKind kind;

	private final String description;

	private final @Nullable BigDecimal target;

	private final LocalDate dueOn;

	private final Clawback clawback;

	private @Nullable LocalDate fulfilledOn;

	private @Nullable BigDecimal recordedActual;

	@PersistenceCreator
	Commitment(Side side, CommitmentKind kind, String description, @Nullable BigDecimal target, LocalDate dueOn,
			Clawback clawback) {
		this.side = side;
		this.kind = kind;
		this.description = description;
		this.target = target;
		this.dueOn = dueOn;
		this.clawback = clawback;
	}

	void record(@Nullable LocalDate fulfilled, @Nullable BigDecimal actual) {
		fulfilledOn = fulfilled;
		recordedActual = actual;
	}

	Side side() {
		return side;
	}

	CommitmentKind kind() {
		return kind;
	}

	String description() {
		return description;
	}

	@Nullable BigDecimal target() {
		return target;
	}

	LocalDate dueOn() {
		return dueOn;
	}

	Clawback clawback() {
		return clawback;
	}

	@Nullable LocalDate fulfilledOn() {
		return fulfilledOn;
	}

	@Nullable BigDecimal recordedActual() {
		return recordedActual;
	}

}
