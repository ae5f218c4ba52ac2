package org.batterytown.enterprise.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.batterytown.audit.AuditEntry;
import org.batterytown.audit.AuditTrail;
import org.batterytown.enterprise.EnterpriseDraft;
import org.batterytown.enterprise.EnterpriseId;
import org.batterytown.enterprise.EnterpriseManagement;
import org.batterytown.enterprise.EnterpriseView;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;
import org.batterytown.shared.PagedResult;
import org.batterytown.source.Citation;
import org.batterytown.source.CitationRequest;
import org.batterytown.source.SourceId;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Enterprises within the caller's data scope. Edits send the version they read in {@code If-Match}. */
@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseApiController {

	private final EnterpriseManagement enterprises;

	private final AuditTrail audit;

	EnterpriseApiController(EnterpriseManagement enterprises, AuditTrail audit) {
		this.enterprises = enterprises;
		this.audit = audit;
	}

	@GetMapping
	PagedResult<EnterpriseDto> list(Actor actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PagedResult.of(enterprises.list(actor), page, size).map(EnterpriseDto::of);
	}

	@GetMapping("/{id}")
	ResponseEntity<EnterpriseDto> get(Actor actor, @PathVariable UUID id) {
		return withVersion(enterprises.get(actor, new EnterpriseId(id)));
	}

	@PostMapping
	ResponseEntity<EnterpriseDto> register(Actor actor, @Valid @RequestBody EnterpriseDraft draft) {
		EnterpriseId id = enterprises.register(actor, draft);
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id.value()))
			.body(EnterpriseDto.of(enterprises.get(actor, id)));
	}

	@PutMapping("/{id}")
	ResponseEntity<EnterpriseDto> update(Actor actor, @PathVariable UUID id, @RequestHeader("If-Match") String version,
			@Valid @RequestBody EnterpriseDraft draft) {
		return withVersion(enterprises.update(actor, new EnterpriseId(id), draft, ExpectedVersion.parse(version)));
	}

	/** Field-level change history, newest first. */
	@GetMapping("/{id}/history")
	List<AuditEntry> history(Actor actor, @PathVariable UUID id) {
		EnterpriseView enterprise = enterprises.get(actor, new EnterpriseId(id));
		return audit.historyOf("enterprise", enterprise.id().value());
	}

	@GetMapping("/{id}/citations")
	List<Citation> citations(Actor actor, @PathVariable UUID id) {
		return enterprises.citations(actor, new EnterpriseId(id));
	}

	@PostMapping("/{id}/citations")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cite(Actor actor, @PathVariable UUID id, @Valid @RequestBody CitationRequest request) {
		enterprises.cite(actor, new EnterpriseId(id), new SourceId(request.sourceId()), request.field());
	}

	private static ResponseEntity<EnterpriseDto> withVersion(EnterpriseView e) {
		return ResponseEntity.ok().eTag(Long.toString(e.version())).body(EnterpriseDto.of(e));
	}

}
