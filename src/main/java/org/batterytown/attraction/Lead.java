package org.batterytown.attraction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.batterytown.chain.model.Link;
import org.batterytown.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A lead of the investment pipeline. Guards its own stages: moves follow {@link LeadStage#canTransitionTo}
 * and each stage's gate; a refused move changes nothing. Every stage reached is logged.
 */
@Table("lead")
class Lead {

	@Id
	private final UUID id;

	private final UUID parkId;

	private String codeName;

	private @Nullable String investorGroup;

	private @Nullable String localCompany;

	private @Nullable Link link;

	private @Nullable BigDecimal expectedInvestment;

	private @Nullable BigDecimal capacity;

	private @Nullable BigDecimal landMu;

	private @Nullable BigDecimal powerLoadMw;

	private @Nullable Integer jobs;

	private LeadSource source;

	private @Nullable UUID eventId;

	private @Nullable UUID ambassadorId;

	private @Nullable String owner;

	private @Nullable BigDecimal likelihood;

	private @Nullable String nextAction;

	private @Nullable LocalDate nextActionDue;

	private LeadStage stage;

	private @Nullable LocalDate agreementDate;

	private @Nullable BigDecimal agreementAmount;

	private @Nullable String lostReason;

	private @Nullable UUID projectId;

	/** The park's enterprise whose expansion this lead is (source EXISTING_ENTERPRISE). */
	private @Nullable UUID originEnterpriseId;

	private final Instant createdAt;

	@MappedCollection(idColumn = "lead_id", keyColumn = "position")
	private List<LeadLogEntry> stageLog = new ArrayList<>();

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Lead(UUID id, UUID parkId, String codeName, LeadSource source, LeadStage stage, Instant createdAt) {
		this.id = id;
		this.parkId = parkId;
		this.codeName = codeName;
		this.source = source;
		this.stage = stage;
		this.createdAt = createdAt;
	}

	/** A new lead at stage 线索, its first log entry made. */
	static Lead open(UUID parkId, LeadDraft draft, String username, Instant now) {
		Lead lead = new Lead(UUID.randomUUID(), parkId, draft.codeName().strip(), draft.source(), LeadStage.LEAD, now);
		lead.update(draft);
		lead.stageLog.add(new LeadLogEntry(parkId, LeadStage.LEAD, now, username, null));
		return lead;
	}

	/** An expansion lead, opened from a visit or survey of an enterprise already in the park. */
	static Lead openExpansion(UUID parkId, LeadDraft draft, UUID enterpriseId, String username, Instant now) {
		Lead lead = open(parkId, draft, username, now);
		lead.originEnterpriseId = enterpriseId;
		return lead;
	}

	@Nullable
	UUID originEnterpriseId() {
		return originEnterpriseId;
	}

	void update(LeadDraft draft) {
		codeName = draft.codeName().strip();
		investorGroup = trim(draft.investorGroup());
		localCompany = trim(draft.localCompany());
		link = draft.link();
		expectedInvestment = draft.expectedInvestment();
		capacity = draft.capacity();
		landMu = draft.landMu();
		powerLoadMw = draft.powerLoadMw();
		jobs = draft.jobs();
		source = draft.source();
		eventId = draft.eventId();
		ambassadorId = draft.ambassadorId();
		owner = trim(draft.owner());
		likelihood = draft.likelihood();
		nextAction = trim(draft.nextAction());
		nextActionDue = draft.nextActionDue();
	}

	/**
	 * Moves the lead, checking the step and the target stage's gate.
	 *
	 * @throws RuleViolation naming the field that is missing or the stage that cannot follow
	 */
	void moveTo(LeadStageChange change, String username, Instant now) {
		LeadStage target = change.target();
		if (target == null || !stage.canTransitionTo(target)) {
			throw new RuleViolation("target", "lead.stage.notAllowed", stage, target == null ? "—" : target);
		}
		switch (target) {
			case SIGNED -> {
				require(change.agreementDate(), "agreementDate");
				require(change.agreementAmount(), "agreementAmount");
				require(change.landMu(), "landMu");
				if (change.agreementAmount().signum() <= 0 || change.landMu().signum() <= 0) {
					throw new RuleViolation(change.agreementAmount().signum() <= 0 ? "agreementAmount" : "landMu",
							"lead.gate.positive");
				}
				agreementDate = change.agreementDate();
				agreementAmount = change.agreementAmount();
				landMu = change.landMu();
			}
			case REGISTERED -> {
				String company = trim(change.registeredCompany());
				require(company, "registeredCompany");
				localCompany = company;
			}
			case LOST -> {
				String reason = trim(change.lostReason());
				require(reason, "lostReason");
				lostReason = reason;
			}
			default -> {
			}
		}
		stage = target;
		stageLog.add(new LeadLogEntry(parkId, target, now, username, trim(change.note())));
	}

	private static void require(@Nullable Object value, String field) {
		if (value == null) {
			throw new RuleViolation(field, "lead.gate.required");
		}
	}

	private static @Nullable String trim(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The lead as a reader sees it: investor names only for those who work the pipeline.
	 */
	LeadView view(boolean investorVisible) {
		return new LeadView(id, parkId, codeName, investorVisible ? investorGroup : null,
				investorVisible ? localCompany : null, investorVisible, link, expectedInvestment, capacity, landMu,
				powerLoadMw, jobs, source, eventId, ambassadorId, owner, likelihood, nextAction, nextActionDue, stage,
				allowed(), agreementDate, agreementAmount, lostReason, projectId,
				stageLog.stream().map(e -> new LeadView.LogEntry(e.stage(), e.at(), e.username(), e.note())).toList(),
				createdAt, version == null ? 0 : version, originEnterpriseId);
	}

	private List<LeadStage> allowed() {
		return java.util.Arrays.stream(LeadStage.values()).filter(stage::canTransitionTo).toList();
	}

	/** The registry's project this registered lead became. */
	void linkProject(UUID project) {
		if (stage != LeadStage.REGISTERED) {
			throw new IllegalStateException("Only a registered lead becomes a project");
		}
		projectId = project;
	}

	LeadRegistered registered(Instant at) {
		return new LeadRegistered(id, parkId, codeName, localCompany, investorGroup, link, capacity,
				agreementAmount != null ? agreementAmount : expectedInvestment, at);
	}

	UUID id() {
		return id;
	}

	UUID parkId() {
		return parkId;
	}

	LeadStage stage() {
		return stage;
	}

	LeadSource source() {
		return source;
	}

	@Nullable UUID eventId() {
		return eventId;
	}

	@Nullable UUID ambassadorId() {
		return ambassadorId;
	}

	@Nullable Link link() {
		return link;
	}

	@Nullable UUID projectId() {
		return projectId;
	}

	List<LeadLogEntry> stageLog() {
		return List.copyOf(stageLog);
	}

	long version() {
		return version == null ? 0 : version;
	}

}
