package org.batterytown.attraction.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.batterytown.attraction.AttractionManagement;
import org.batterytown.attraction.LeadSource;
import org.batterytown.attraction.LeadStage;
import org.batterytown.attraction.LeadView;
import org.batterytown.attraction.Promotion;
import org.batterytown.chain.model.Link;
import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pipeline pages: a board of the park's leads by stage, a form for a new lead, and a lead's page
 * where the zone's staff move it on with what each stage's gate asks. Leaders see code names only.
 */
@Controller
class LeadPageController {

	private final AttractionManagement attraction;

	private final Promotion promotion;

	private final ParkManagement parks;

	private final MessageSource messages;

	LeadPageController(AttractionManagement attraction, Promotion promotion, ParkManagement parks,
			MessageSource messages) {
		this.attraction = attraction;
		this.promotion = promotion;
		this.parks = parks;
		this.messages = messages;
	}

	@GetMapping("/leads")
	String board(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = park(actor, parkId);
		List<LeadView> leads = attraction.ofPark(actor, park);
		Map<LeadStage, List<LeadView>> byStage = leads.stream().collect(Collectors.groupingBy(LeadView::stage));
		model.addAttribute("nav", "leads");
		model.addAttribute("parkId", park);
		model.addAttribute("stages", LeadStage.mainLine());
		model.addAttribute("byStage", byStage);
		model.addAttribute("lost", byStage.getOrDefault(LeadStage.LOST, List.of()));
		model.addAttribute("canEdit", actor.actsForZone(park));
		return "attraction/board";
	}

	/**
	 * The park's pipeline as .xlsx; investor columns only for those who may see investors. Written in
	 * memory: a park's pipeline is a few hundred rows, and a plain response needs no async dispatch.
	 */
	@GetMapping("/leads/export.xlsx")
	ResponseEntity<byte[]> export(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Locale locale)
			throws java.io.IOException {
		UUID park = park(actor, parkId);
		List<LeadView> leads = attraction.ofPark(actor, park);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		new LeadExport(messages, locale).write(leads, actor.actsForZone(park), out);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("招商线索.xlsx", StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(out.toByteArray());
	}

	@GetMapping("/leads/new")
	String newLead(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = park(actor, parkId);
		if (!actor.actsForZone(park)) {
			throw new NotAllowed("lead");
		}
		return form(actor, model, LeadForm.empty(park), null);
	}

	@PostMapping("/leads")
	String open(Actor actor, @ModelAttribute("form") LeadForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			// letters in a number, an impossible date: shown at the field before anything is tried
			return form(actor, model, form, result);
		}
		try {
			UUID id = attraction.open(actor, form.draft());
			return "redirect:/leads/" + id;
		}
		catch (RuleViolations ex) {
			ex.violations().forEach(v -> FormRejections.reject(result, v));
			return form(actor, model, form, result);
		}
	}

	@GetMapping("/leads/{id}/edit")
	String edit(Actor actor, @PathVariable UUID id, Model model) {
		LeadView lead = attraction.get(actor, id);
		if (!actor.actsForZone(lead.parkId())) {
			throw new NotAllowed("lead");
		}
		model.addAttribute("leadId", id);
		return form(actor, model, LeadForm.of(lead), null);
	}

	/** Saves an edit; refused fields are shown at the form, a stale version above it, and nothing changes. */
	@PostMapping("/leads/{id}")
	String update(Actor actor, @PathVariable UUID id, @ModelAttribute("form") LeadForm form, BindingResult result,
			Model model) {
		if (!result.hasErrors()) {
			try {
				attraction.update(actor, id, form.draft(), form.version() == null ? -1 : form.version());
				return "redirect:/leads/" + id;
			}
			catch (RuleViolations ex) {
				ex.violations().forEach(v -> FormRejections.reject(result, v));
			}
			catch (StaleVersion ex) {
				result.reject("problem.stale");
			}
		}
		model.addAttribute("leadId", id);
		return form(actor, model, form, result);
	}

	@GetMapping("/leads/{id}")
	String lead(Actor actor, @PathVariable UUID id, Model model) {
		LeadView lead = attraction.get(actor, id);
		if (!model.containsAttribute("move")) {
			model.addAttribute("move", StageForm.empty(lead));
		}
		model.addAttribute("nav", "leads");
		model.addAttribute("lead", lead);
		model.addAttribute("canEdit", actor.actsForZone(lead.parkId()));
		return "attraction/lead";
	}

	@PostMapping("/leads/{id}/stage")
	String move(Actor actor, @PathVariable UUID id, @ModelAttribute("move") StageForm move, BindingResult result,
			Model model) {
		if (result.hasErrors()) {
			FormRejections.show(model, "move", move, result);
			return lead(actor, id, model);
		}
		try {
			attraction.moveStage(actor, id, move.change(), move.version());
			return "redirect:/leads/" + id;
		}
		catch (RuleViolation ex) {
			FormRejections.reject(result, ex);
			FormRejections.show(model, "move", move, result);
			return lead(actor, id, model);
		}
		catch (StaleVersion ex) {
			result.reject("problem.stale");
			return lead(actor, id, model);
		}
	}

	private String form(Actor actor, Model model, LeadForm form, @Nullable BindingResult result) {
		model.addAttribute("nav", "leads");
		FormRejections.show(model, "form", form, result);
		model.addAttribute("links", Link.values());
		// an expansion of an enterprise already here is opened from its visit or survey, which name it
		model.addAttribute("sources", java.util.Arrays.stream(LeadSource.values())
			.filter(source -> source != LeadSource.EXISTING_ENTERPRISE || source == form.source())
			.toList());
		model.addAttribute("events", promotion.events(actor, form.parkId()));
		model.addAttribute("ambassadors", promotion.ambassadors(actor, form.parkId()));
		return "attraction/form";
	}

	private UUID park(Actor actor, @Nullable UUID requested) {
		return LeadParks.of(actor, requested, parks);
	}

}
