package org.batterytown.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.batterytown.shared.FieldChange;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An enterprise's investment project in a park. Guards its own lifecycle: stages change only along
 * {@link ProjectStage#canTransitionTo}, and each change is logged with who, when and why.
 */
@Table("project")
class InvestmentProject {

	@Id
	private final UUID id;

	private final UUID parkId;

	private final UUID enterpriseId;

	private String nameZh;

	private @Nullable String nameEn;

	private @Nullable BigDecimal totalInvestment;

	private ProjectStage stage;

	private @Nullable String description;

	private final Instant createdAt;

	@MappedCollection(idColumn = "project_id", keyColumn = "position")
	private List<CapacityLine> capacityLines = new ArrayList<>();

	@MappedCollection(idColumn = "project_id", keyColumn = "position")
	private List<Phase> phases = new ArrayList<>();

	@MappedCollection(idColumn = "project_id", keyColumn = "position")
	private List<StageLogEntry> stageLog = new ArrayList<>();

	@MappedCollection(idColumn = "project_id", keyColumn = "position")
	private List<Milestone> milestones = new ArrayList<>();

	@MappedCollection(idColumn = "project_id", keyColumn = "position")
	private List<ProgressNote> notes = new ArrayList<>();

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	InvestmentProject(UUID id, UUID parkId, UUID enterpriseId, String nameZh, ProjectStage stage, Instant createdAt) {
		this.id = id;
		this.parkId = parkId;
		this.enterpriseId = enterpriseId;
		this.nameZh = nameZh;
		this.stage = stage;
		this.createdAt = createdAt;
	}

	/**
	 * Registers a project at the draft's stage (PLANNED if none), with its phases, and logs that stage.
	 * The returned changes list every field that was set.
	 */
	static InvestmentProject register(UUID parkId, ProjectDraft draft, String username, Instant observedAt,
			@Nullable String note, Instant now, List<FieldChange> changes) {
		ProjectStage initial = draft.stage() == null ? ProjectStage.PLANNED : draft.stage();
		InvestmentProject project = new InvestmentProject(UUID.randomUUID(), parkId, draft.enterpriseId(), "", initial,
				now);
		changes.add(new FieldChange("stage", null, initial.name()));
		changes.addAll(project.apply(draft));
		project.stageLog.add(new StageLogEntry(parkId, initial, null, observedAt, username, note));
		for (Phase phase : project.phases) {
			project.stageLog.add(new StageLogEntry(parkId, phase.stage(), phase.phaseNo(), observedAt, username, note));
		}
		return project;
	}

	/** Applies an edit of names, investment, description, capacity lines and phases; returns what changed. */
	List<FieldChange> apply(ProjectDraft d) {
		List<CapacityLine> lines = d.capacityLines().stream()
			.map(l -> new CapacityLine(parkId, l.product(), l.product().unit(), l.nameplate(),
					l.form() == null ? l.product().usualForm() : l.form()))
			.toList();
		List<Phase> newPhases = new ArrayList<>();
		for (int i = 0; i < d.phases().size(); i++) {
			PhaseDraft p = d.phases().get(i);
			ProjectStage phaseStage = i < phases.size() ? phases.get(i).stage()
					: (p.stage() == null ? stage : p.stage());
			newPhases.add(new Phase(parkId, i + 1, p.nameZh().trim(), blankToNull(p.nameEn()), phaseStage));
		}
		var diff = new FieldChange.Diff().field("nameZh", nameZh, d.nameZh())
			.field("nameEn", nameEn, d.nameEn())
			.field("totalInvestment", totalInvestment, d.totalInvestment())
			.field("description", description, d.description())
			.field("capacityLines", text(capacityLines), text(lines))
			.field("phases", phaseText(phases), phaseText(newPhases));
		nameZh = d.nameZh().trim();
		nameEn = blankToNull(d.nameEn());
		totalInvestment = d.totalInvestment();
		description = blankToNull(d.description());
		capacityLines = new ArrayList<>(lines);
		phases = newPhases;
		return diff.changes();
	}

	/** The stages the project (phaseNo {@literal null}) or one phase may move to now. */
	List<ProjectStage> allowedTransitions(@Nullable Integer phaseNo) {
		ProjectStage current = stageOf(phaseNo);
		List<ProjectStage> allowed = new ArrayList<>();
		for (ProjectStage target : ProjectStage.values()) {
			if (current.canTransitionTo(target)
					&& (current != ProjectStage.SUSPENDED || !target.isMainLine() || target == resumeStage(phaseNo))) {
				allowed.add(target);
			}
		}
		return allowed;
	}

	/**
	 * Moves the project or one of its phases and logs it.
	 *
	 * @throws IllegalStateException if the move is not among {@link #allowedTransitions}
	 */
	FieldChange moveTo(StageChange change, String username, Instant now) {
		ProjectStage from = stageOf(change.phaseNo());
		if (!allowedTransitions(change.phaseNo()).contains(change.target())) {
			throw new IllegalStateException("A project cannot move from " + from + " to " + change.target());
		}
		if (change.phaseNo() == null) {
			stage = change.target();
		}
		else {
			int index = phaseIndex(change.phaseNo());
			phases.set(index, phases.get(index).withStage(change.target()));
		}
		stageLog.add(new StageLogEntry(parkId, change.target(), change.phaseNo(), now, username,
				blankToNull(change.note())));
		String field = change.phaseNo() == null ? "stage" : "phase" + change.phaseNo() + ".stage";
		return new FieldChange(field, from.name(), change.target().name());
	}

	/** Sets one milestone's baseline and actual date; returns what changed. */
	List<FieldChange> setMilestone(MilestoneDraft draft) {
		Optional<Milestone> old = milestones.stream().filter(m -> m.kind() == draft.kind()).findFirst();
		var diff = new FieldChange.Diff()
			.field("milestone." + draft.kind() + ".planned", old.map(Milestone::plannedDate).orElse(null),
					draft.plannedDate())
			.field("milestone." + draft.kind() + ".actual", old.map(Milestone::actualDate).orElse(null),
					draft.actualDate());
		milestones.removeIf(m -> m.kind() == draft.kind());
		if (draft.plannedDate() != null || draft.actualDate() != null) {
			milestones.add(new Milestone(parkId, draft.kind(), draft.plannedDate(), draft.actualDate()));
			milestones.sort(java.util.Comparator.comparing(Milestone::kind));
		}
		return diff.changes();
	}

	void addNote(String text, String username, Instant now) {
		notes.add(new ProgressNote(parkId, now, username, text.trim()));
	}

	ProjectStage stageOf(@Nullable Integer phaseNo) {
		return phaseNo == null ? stage : phases.get(phaseIndex(phaseNo)).stage();
	}

	boolean hasPhase(int phaseNo) {
		return phases.stream().anyMatch(p -> p.phaseNo() == phaseNo);
	}

	/** The main-line stage a suspended project or phase left, read from the log. */
	private @Nullable ProjectStage resumeStage(@Nullable Integer phaseNo) {
		ProjectStage last = null;
		for (StageLogEntry entry : stageLog) {
			boolean samePart = phaseNo == null ? entry.phaseNo() == null : phaseNo.equals(entry.phaseNo());
			if (samePart && entry.stage().isMainLine()) {
				last = entry.stage();
			}
		}
		return last;
	}

	private int phaseIndex(int phaseNo) {
		for (int i = 0; i < phases.size(); i++) {
			if (phases.get(i).phaseNo() == phaseNo) {
				return i;
			}
		}
		throw new IllegalArgumentException("No phase " + phaseNo);
	}

	ProjectView view(LocalDate today) {
		return ProjectViews.of(this, today);
	}

	private static @Nullable String text(List<CapacityLine> lines) {
		return lines.isEmpty() ? null : lines.stream().map(CapacityLine::toString).collect(Collectors.joining("; "));
	}

	private static @Nullable String phaseText(List<Phase> list) {
		return list.isEmpty() ? null : list.stream().map(p -> p.phaseNo() + ":" + p.nameZh()).collect(Collectors.joining("; "));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
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

	String nameZh() {
		return nameZh;
	}

	@Nullable String nameEn() {
		return nameEn;
	}

	@Nullable BigDecimal totalInvestment() {
		return totalInvestment;
	}

	ProjectStage stage() {
		return stage;
	}

	@Nullable String description() {
		return description;
	}

	Instant createdAt() {
		return createdAt;
	}

	List<CapacityLine> capacityLines() {
		return List.copyOf(capacityLines);
	}

	List<Phase> phases() {
		return List.copyOf(phases);
	}

	List<StageLogEntry> stageLog() {
		return List.copyOf(stageLog);
	}

	List<Milestone> milestones() {
		return List.copyOf(milestones);
	}

	List<ProgressNote> notes() {
		return List.copyOf(notes);
	}

	long version() {
		return version == null ? 0 : version;
	}

}
