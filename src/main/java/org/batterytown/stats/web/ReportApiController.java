package org.batterytown.stats.web;

import java.net.URI;
import java.time.YearMonth;
import java.util.UUID;

import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;
import org.batterytown.shared.PagedResult;
import org.batterytown.stats.ReportContent;
import org.batterytown.stats.ReportFilter;
import org.batterytown.stats.ReportStatus;
import org.batterytown.stats.ReportSummary;
import org.batterytown.stats.ReportView;
import org.batterytown.stats.StatsReports;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Monthly reports within the caller's data scope. A submission that breaks a hard rule, or leaves a
 * warning unexplained, gets 422 with every problem under {@code errors} and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/stats/reports")
class ReportApiController {

	private final StatsReports reports;

	ReportApiController(StatsReports reports) {
		this.reports = reports;
	}

	@GetMapping
	PagedResult<ReportSummary> list(Actor actor, @RequestParam(required = false) @Nullable YearMonth period,
			@RequestParam(required = false) @Nullable ReportStatus status,
			@RequestParam(required = false) @Nullable UUID enterpriseId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return reports.search(actor, new ReportFilter(period, status, enterpriseId), page,
				Math.min(size, PagedResult.MAX_SIZE));
	}

	@GetMapping("/{id}")
	ResponseEntity<ReportView> get(Actor actor, @PathVariable UUID id) {
		return withVersion(reports.get(actor, id));
	}

	/** Opens an enterprise's month as an empty draft. */
	@PostMapping
	ResponseEntity<ReportView> open(Actor actor, @Valid @RequestBody NewReport request) {
		UUID id = reports.open(actor, request.enterpriseId(), request.period());
		ReportView view = reports.get(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/stats/reports/" + id))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	/** Saves a draft (or a returned report) without submitting it. */
	@PutMapping("/{id}")
	ResponseEntity<ReportView> save(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@Valid @RequestBody ReportContent content) {
		return withVersion(reports.save(actor, id, content, ExpectedVersion.parse(version)));
	}

	@PostMapping("/{id}/submit")
	ResponseEntity<ReportView> submit(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@Valid @RequestBody ReportContent content) {
		return withVersion(reports.submit(actor, id, content, ExpectedVersion.parse(version)));
	}

	@PostMapping("/{id}/accept")
	ResponseEntity<ReportView> accept(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version) {
		return withVersion(reports.accept(actor, id, ExpectedVersion.parse(version)));
	}

	@PostMapping("/{id}/return")
	ResponseEntity<ReportView> returnReport(Actor actor, @PathVariable UUID id,
			@RequestHeader("If-Match") String version, @Valid @RequestBody ReturnReason reason) {
		return withVersion(reports.returnReport(actor, id, reason.reason(), ExpectedVersion.parse(version)));
	}

	/** Opens a correction of an accepted report as its next revision. */
	@PostMapping("/{id}/revisions")
	ResponseEntity<ReportView> revise(Actor actor, @PathVariable UUID id) {
		UUID next = reports.revise(actor, id);
		ReportView view = reports.get(actor, next);
		return ResponseEntity.created(URI.create("/api/v1/stats/reports/" + next))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	private static ResponseEntity<ReportView> withVersion(ReportView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	record NewReport(@NotNull UUID enterpriseId, @NotNull YearMonth period) {
	}

	record ReturnReason(@NotBlank(message = "{stats.report.reasonNeeded}") @Size(max = 2000) String reason) {
	}

}
