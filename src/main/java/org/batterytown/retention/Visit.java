package org.batterytown.retention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.batterytown.chain.model.Link;
import org.batterytown.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A visit to an enterprise (走访). Guards what its problems become: each one ticket or one follow-up,
 * once; and its expansion plan becomes one lead, once.
 */
@Table("retention_visit")
class Visit {

	@Id
	private final UUID id;

	private final UUID parkId;

	private final UUID enterpriseId;

	private final LocalDate visitedOn;

	private final String visitors;

	private final @Nullable String hosts;

	private final String topics;

	private final @Nullable String notes;

	private final @Nullable String expansionPlan;

	private final @Nullable BigDecimal expansionInvestment;

	private final @Nullable BigDecimal expansionCapacity;

	private final @Nullable Link expansionLink;

	private @Nullable UUID expansionLeadId;

	private final Instant createdAt;

	private final String createdBy;

	@MappedCollection(idColumn = "visit_id", keyColumn = "position")
	private List<VisitProblem> problems = new ArrayList<>();

	@MappedCollection(idColumn = "visit_id", keyColumn = "position")
	private List<VisitPromise> promises = new ArrayList<>();

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Visit(UUID id, UUID parkId, UUID enterpriseId, LocalDate visitedOn, String visitors, @Nullable String hosts,
			String topics, @Nullable String notes, @Nullable String expansionPlan,
			@Nullable BigDecimal expansionInvestment, @Nullable BigDecimal expansionCapacity,
			@Nullable Link expansionLink, Instant createdAt, String createdBy) {
		this.id = id;
		this.parkId = parkId;
		this.enterpriseId = enterpriseId;
		this.visitedOn = visitedOn;
		this.visitors = visitors;
		this.hosts = hosts;
		this.topics = topics;
		this.notes = notes;
		this.expansionPlan = expansionPlan;
		this.expansionInvestment = expansionInvestment;
		this.expansionCapacity = expansionCapacity;
		this.expansionLink = expansionLink;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	/** A checked draft: {@link Visits} has refused missing and wrong fields before. */
	static Visit record(UUID parkId, VisitDraft draft, List<String> problems, String username, Instant now) {
		Set<Topic> topics = draft.topics() == null ? Set.of() : draft.topics();
		Visit visit = new Visit(UUID.randomUUID(), parkId, draft.enterpriseId(), draft.visitedOn(),
				draft.visitors().strip(), trim(draft.hosts()),
				topics.stream().sorted().map(Topic::name).collect(Collectors.joining(",")), trim(draft.notes()),
				trim(draft.expansionPlan()), draft.expansionInvestment(), draft.expansionCapacity(), draft.expansionLink(),
				now, username);
		problems.forEach(p -> visit.problems.add(new VisitProblem(p, null, null)));
		return visit;
	}

	void promise(String text, @Nullable LocalDate dueOn, UUID followUpId) {
		promises.add(new VisitPromise(text, dueOn, followUpId));
	}

	/** @throws RuleViolation if there is no such problem or it already became a ticket or task */
	void problemBecame(int position, @Nullable UUID ticketId, @Nullable UUID followUpId) {
		VisitProblem problem = problem(position);
		if (problem.taken()) {
			throw new RuleViolation("position", "visit.problemTaken");
		}
		problems.set(position, new VisitProblem(problem.text(), ticketId, followUpId));
	}

	VisitProblem problem(int position) {
		if (position < 0 || position >= problems.size()) {
			throw new RuleViolation("position", "visit.noSuchProblem");
		}
		return problems.get(position);
	}

	/** @throws RuleViolation if the visit heard of no expansion, or it became a lead already */
	void expansionBecame(UUID leadId) {
		checkExpansionOpen();
		expansionLeadId = leadId;
	}

	/** @throws RuleViolation if the visit heard of no expansion, or it became a lead already */
	void checkExpansionOpen() {
		if (expansionPlan == null) {
			throw new RuleViolation("expansionPlan", "visit.noExpansion");
		}
		if (expansionLeadId != null) {
			throw new RuleViolation("expansionPlan", "visit.expansionTaken");
		}
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

	LocalDate visitedOn() {
		return visitedOn;
	}

	String visitors() {
		return visitors;
	}

	@Nullable
	String hosts() {
		return hosts;
	}

	Set<Topic> topics() {
		Set<Topic> set = EnumSet.noneOf(Topic.class);
		Arrays.stream(topics.split(",")).filter(t -> !t.isBlank()).map(Topic::valueOf).forEach(set::add);
		return set;
	}

	@Nullable
	String notes() {
		return notes;
	}

	@Nullable
	String expansionPlan() {
		return expansionPlan;
	}

	@Nullable
	BigDecimal expansionInvestment() {
		return expansionInvestment;
	}

	@Nullable
	BigDecimal expansionCapacity() {
		return expansionCapacity;
	}

	@Nullable
	Link expansionLink() {
		return expansionLink;
	}

	@Nullable
	UUID expansionLeadId() {
		return expansionLeadId;
	}

	Instant createdAt() {
		return createdAt;
	}

	String createdBy() {
		return createdBy;
	}

	List<VisitProblem> problems() {
		return List.copyOf(problems);
	}

	List<VisitPromise> promises() {
		return List.copyOf(promises);
	}

	long version() {
		return version == null ? 0 : version;
	}

}
