package org.batterytown.incentive;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Checks a commitment as of a day: met when the actual reaches the target (or, without a target, when it
 * was fulfilled on a date); missed when its due date has passed otherwise; due soon within the warning
 * days. A missed enterprise obligation claws back nothing, the missed share of the deal's amount
 * (amount × (1 − actual ÷ target)), or all of it. Plain Java.
 */
final class CommitmentCheck {

	record Result(CommitmentState state, @Nullable Double clawback) {
	}

	private CommitmentCheck() {
	}

	static Result of(Side side, @Nullable Double target, @Nullable Double actual, @Nullable LocalDate fulfilledOn,
			LocalDate dueOn, Clawback rule, @Nullable Double dealAmount, LocalDate today, int warnDays) {
		boolean met = target == null ? fulfilledOn != null && !fulfilledOn.isAfter(dueOn)
				: actual != null && actual >= target;
		if (met) {
			return new Result(CommitmentState.MET, null);
		}
		if (!today.isAfter(dueOn)) {
			boolean soon = !today.plusDays(warnDays).isBefore(dueOn);
			return new Result(soon ? CommitmentState.DUE_SOON : CommitmentState.OPEN, null);
		}
		if (target != null && actual == null) {
			return new Result(CommitmentState.UNKNOWN, null);
		}
		return new Result(CommitmentState.MISSED, side == Side.ENTERPRISE ? clawback(rule, target, actual, dealAmount)
				: null);
	}

	private static @Nullable Double clawback(Clawback rule, @Nullable Double target, @Nullable Double actual,
			@Nullable Double amount) {
		if (amount == null || rule == Clawback.NONE) {
			return rule == Clawback.NONE ? 0.0 : null;
		}
		if (rule == Clawback.FULL || target == null || target == 0) {
			return amount;
		}
		double shortShare = Math.max(0, 1 - (actual == null ? 0 : actual) / target);
		return amount * shortShare;
	}

}
