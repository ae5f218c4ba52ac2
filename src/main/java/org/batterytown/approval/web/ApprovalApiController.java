package org.batterytown.approval.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.batterytown.approval.ApprovalCases;
import org.batterytown.approval.CaseView;
import org.batterytown.approval.ItemAction;
import org.batterytown.approval.ItemType;
import org.batterytown.approval.OfficerItem;
import org.batterytown.approval.OpenCase;
import org.batterytown.approval.SigningToStart;
import org.batterytown.shared.Actor;
import org.batterytown.shared.ExpectedVersion;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Approval cases: open one for a project with its checklist, act on its items (with the version read in
 * {@code If-Match}), the officer's own list, what has been escalated, and signing-to-start per project.
 */
@RestController
class ApprovalApiController {

	private final ApprovalCases approvals;

	ApprovalApiController(ApprovalCases approvals) {
		this.approvals = approvals;
	}

	@GetMapping("/api/v1/approval-cases")
	List<CaseView> ofPark(Actor actor, @RequestParam UUID parkId) {
		return approvals.ofPark(actor, parkId);
	}

	@PostMapping("/api/v1/approval-cases")
	ResponseEntity<CaseView> open(Actor actor, @RequestBody OpenCase command) {
		UUID id = approvals.open(actor, command);
		CaseView view = approvals.get(actor, id);
		return ResponseEntity.created(URI.create("/api/v1/approval-cases/" + id)).eTag(Long.toString(view.version()))
			.body(view);
	}

	@GetMapping("/api/v1/approval-cases/{id}")
	ResponseEntity<CaseView> get(Actor actor, @PathVariable UUID id) {
		CaseView view = approvals.get(actor, id);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	/** Accepts, closes, commits or post-checks the item at {@code position} of the checklist. */
	@PostMapping("/api/v1/approval-cases/{id}/items/{position}/actions")
	ResponseEntity<CaseView> act(Actor actor, @PathVariable UUID id, @PathVariable int position,
			@RequestHeader("If-Match") String version, @RequestBody ItemAction action) {
		CaseView view = approvals.act(actor, id, position, action, ExpectedVersion.parse(version));
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	@GetMapping("/api/v1/approval-cases/mine")
	List<OfficerItem> mine(Actor actor) {
		return approvals.mine(actor);
	}

	@GetMapping("/api/v1/approval-cases/escalated")
	List<OfficerItem> escalated(Actor actor, @RequestParam UUID parkId) {
		return approvals.escalated(actor, parkId);
	}

	@GetMapping("/api/v1/approval-cases/signing-to-start")
	List<SigningToStart> signingToStart(Actor actor, @RequestParam UUID parkId) {
		return approvals.signingToStart(actor, parkId);
	}

	@GetMapping("/api/v1/approval-item-types")
	List<ItemType> catalogue() {
		return approvals.catalogue();
	}

	/** Admins change an item's limits as the zone's own lists arrive. */
	@org.springframework.web.bind.annotation.PutMapping("/api/v1/approval-item-types/{code}")
	ItemType changeItemType(Actor actor, @PathVariable String code, @RequestBody org.batterytown.approval.ItemTypeChange change) {
		return approvals.changeItemType(actor, code, change);
	}

}
