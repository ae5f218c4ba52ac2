package org.batterytown.incentive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A case-by-case deal (一事一议). Guards its signing: {@link SigningGate} must find nothing missing; a
 * signed deal's terms and commitments no longer change, only what is recorded of their fulfilment.
 */
@Table("incentive_deal")
class Deal {

	@Id
	private final UUID id;

	private final UUID parkId;

	private final UUID enterpriseId;

	private @Nullable UUID projectId;

	private String title;

	private String content;

	private BenefitKind benefitKind;

	private @Nullable BigDecimal amount;

	private @Nullable String legalBasis;

	private @Nullable String reviewNo;

	private @Nullable LocalDate reviewedOn;

	private @Nullable ReviewConclusion reviewConclusion;

	private @Nullable String exceptionGround;

	private @Nullable LocalDate termEndsOn;

	private DealStatus status;

	private @Nullable LocalDate signedOn;

	private final Instant createdAt;

	private final String createdBy;

	@MappedCollection(idColumn = "deal_id", keyColumn = "position")
	private List<Commitment> commitments = new ArrayList<>();

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Deal(UUID id, UUID parkId, UUID enterpriseId, String title, String content, BenefitKind benefitKind,
			DealStatus status, Instant createdAt, String createdBy) {
		this.id = id;
		this.parkId = parkId;
		this.enterpriseId = enterpriseId;
		this.title = title;
		this.content = content;
		this.benefitKind = benefitKind;
		this.status = status;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	static Deal draft(UUID parkId, UUID enterpriseId, DealDraft d, String username, Instant now) {
		Deal deal = new Deal(UUID.randomUUID(), parkId, enterpriseId, d.title().strip(), d.content().strip(),
				d.benefitKind(), DealStatus.DRAFT, now, username);
		deal.projectId = d.projectId();
		deal.amount = d.amount();
		deal.legalBasis = trim(d.legalBasis());
		deal.reviewNo = trim(d.reviewNo());
		deal.reviewedOn = d.reviewedOn();
		deal.reviewConclusion = d.reviewConclusion();
		deal.exceptionGround = trim(d.exceptionGround());
		deal.termEndsOn = d.termEndsOn();
		for (CommitmentDraft c : d.commitments() == null ? List.<CommitmentDraft>of() : d.commitments()) {
			deal.commitments.add(new Commitment(c.side(), c.kind(), c.description().strip(), c.target(), c.dueOn(),
					c.clawback() == null ? Clawback.NONE : c.clawback()));
		}
		return deal;
	}

	/** @throws RuleViolations naming what the signing gate misses; nothing changes then */
	void sign(LocalDate on) {
		if (status == DealStatus.SIGNED) {
			throw new RuleViolation("status", "deal.alreadySigned");
		}
		List<RuleViolation> missing = SigningGate.check(benefitKind, legalBasis, reviewNo, reviewedOn != null,
				reviewConclusion, exceptionGround, termEndsOn != null);
		if (!missing.isEmpty()) {
			throw new RuleViolations(missing);
		}
		status = DealStatus.SIGNED;
		signedOn = on;
	}

	/** Sets the legal basis and the review record of a draft; a signed deal's terms no longer change. */
	void recordBasis(ReviewRecord r) {
		if (status == DealStatus.SIGNED) {
			throw new RuleViolation("status", "deal.alreadySigned");
		}
		legalBasis = trim(r.legalBasis());
		reviewNo = trim(r.reviewNo());
		reviewedOn = r.reviewedOn();
		reviewConclusion = r.reviewConclusion();
		exceptionGround = trim(r.exceptionGround());
		termEndsOn = r.termEndsOn();
	}

	void recordFulfilment(int position, @Nullable LocalDate fulfilledOn, @Nullable BigDecimal actual) {
		if (position < 0 || position >= commitments.size()) {
			throw new RuleViolation("position", "deal.commitmentUnknown");
		}
		commitments.get(position).record(fulfilledOn, actual);
	}

	private static @Nullable String trim(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	UUID id() {
		return id;
	}

	UUID parkId() {
		return parkId;
	}

	UUID enterpriseId() {
		return enterpriseId;
	}

	@Nullable UUID projectId() {
		return projectId;
	}

	@Nullable BigDecimal amount() {
		return amount;
	}

	DealStatus status() {
		return status;
	}

	List<Commitment> commitments() {
		return List.copyOf(commitments);
	}

	long version() {
		return version == null ? 0 : version;
	}

	DealView view(org.batterytown.shared.LocalizedText enterpriseName, List<DealView.Line> lines) {
		return new DealView(id, parkId, enterpriseId, enterpriseName, projectId, title, content, benefitKind, amount,
				legalBasis, reviewNo, reviewedOn, reviewConclusion, exceptionGround, termEndsOn, status, signedOn, lines,
				createdAt, createdBy, version());
	}

}
