package org.batterytown.project;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.park.ParkId;
import org.batterytown.shared.LocalizedText;

/** Turns the aggregate into the view pages and the API read. */
final class ProjectViews {

	private ProjectViews() {
	}

	static ProjectView of(InvestmentProject p, LocalDate today) {
		List<ProjectView.Line> lines = p.capacityLines().stream()
			.map(l -> new ProjectView.Line(l.product(), l.unit(), l.nameplate(), l.form()))
			.toList();
		List<ProjectView.PhaseState> phases = p.phases().stream()
			.map(ph -> new ProjectView.PhaseState(ph.phaseNo(), new LocalizedText(ph.nameZh(), ph.nameEn()), ph.stage(),
					p.allowedTransitions(ph.phaseNo())))
			.toList();
		List<ProjectView.LogEntry> log = p.stageLog().stream()
			.map(e -> new ProjectView.LogEntry(e.stage(), e.phaseNo(), e.changedAt(), e.username(), e.note()))
			.sorted(Comparator.comparing(ProjectView.LogEntry::at).reversed())
			.toList();
		List<ProjectView.MilestoneState> milestones = p.milestones().stream()
			.map(m -> new ProjectView.MilestoneState(m.kind(), m.plannedDate(), m.actualDate(),
					Slippage.days(m.plannedDate(), m.actualDate(), today)))
			.toList();
		List<ProjectView.Note> notes = p.notes().stream()
			.map(n -> new ProjectView.Note(n.writtenAt(), n.username(), n.text()))
			.sorted(Comparator.comparing(ProjectView.Note::at).reversed())
			.toList();
		return new ProjectView(new ProjectId(p.id()), new ParkId(p.parkId()), new EnterpriseId(p.enterpriseId()),
				new LocalizedText(p.nameZh(), p.nameEn()), p.totalInvestment(), p.stage(), p.allowedTransitions(null),
				p.description(), p.createdAt(), lines, phases, log, milestones, notes, p.version());
	}

}
