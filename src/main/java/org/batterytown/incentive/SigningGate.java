package org.batterytown.incentive;

import java.util.ArrayList;
import java.util.List;

import org.batterytown.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * What a deal needs before it is signed (公平竞争审查条例): a legal basis for a tax, fiscal, factor or
 * price preference (第10、11条); a written review conclusion with its number and date (第17条; 第18条: a
 * measure not reviewed may not be issued); for an exception, the 第12条 ground it rests on and a term
 * (a reasonable implementation period). Plain Java.
 */
final class SigningGate {

	private SigningGate() {
	}

	static List<RuleViolation> check(BenefitKind kind, @Nullable String legalBasis, @Nullable String reviewNo,
			boolean reviewDated, @Nullable ReviewConclusion conclusion, @Nullable String exceptionGround,
			boolean termSet) {
		List<RuleViolation> found = new ArrayList<>();
		if (kind.needsLegalBasis() && blank(legalBasis)) {
			found.add(new RuleViolation("legalBasis", "deal.legalBasisRequired"));
		}
		if (blank(reviewNo) || !reviewDated || conclusion == null) {
			found.add(new RuleViolation("reviewNo", "deal.reviewRequired"));
		}
		if (conclusion == ReviewConclusion.EXCEPTION) {
			if (blank(exceptionGround)) {
				found.add(new RuleViolation("exceptionGround", "deal.exceptionGroundRequired"));
			}
			if (!termSet) {
				found.add(new RuleViolation("termEndsOn", "deal.termRequired"));
			}
		}
		return found;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
