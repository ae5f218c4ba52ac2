package org.batterytown.land.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.batterytown.land.LandParcels;
import org.batterytown.land.ParcelStatus;
import org.batterytown.land.ParcelView;
import org.batterytown.land.StatusChange;
import org.batterytown.park.ParkManagement;
import org.batterytown.project.ProjectFilter;
import org.batterytown.project.ProjectManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.Role;
import org.batterytown.shared.RuleViolation;
import org.batterytown.shared.RuleViolations;
import org.batterytown.shared.StaleVersion;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The land pages: the park map drawn from the parcels' outlines with the parcel table, a form for a new
 * parcel, and a parcel's page with its indicators, reservation and transfer, and the nameplate review.
 */
@Controller
class LandPageController {

	private final LandParcels land;

	private final ParkManagement parks;

	private final ProjectManagement projects;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	LandPageController(LandParcels land, ParkManagement parks, ProjectManagement projects, JsonMapper json,
			MessageSource messages, Clock clock) {
		this.land = land;
		this.parks = parks;
		this.projects = projects;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/land")
	String map(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model, Locale locale) {
		UUID park = park(actor, parkId);
		List<ParcelView> parcels = land.ofPark(actor, park);
		model.addAttribute("nav", "land");
		model.addAttribute("parkId", park);
		model.addAttribute("parcels", parcels);
		model.addAttribute("mapName", "park-" + park);
		model.addAttribute("geo", land.map(actor, park));
		model.addAttribute("chart", LandMapChart.option("park-" + park, parcels, json, messages, locale));
		model.addAttribute("canEdit", actor.actsForZone(park));
		return "land/map";
	}

	@GetMapping("/land/new")
	String newParcel(Actor actor, @RequestParam(required = false) @Nullable UUID parkId, Model model) {
		UUID park = park(actor, parkId);
		if (!actor.actsForZone(park)) {
			throw new NotAllowed("parcel");
		}
		return form(ParcelForm.empty(park), null, model);
	}

	@PostMapping("/land")
	String register(Actor actor, @ModelAttribute("parcelForm") ParcelForm form, BindingResult result, Model model) {
		UUID park = park(actor, form.parkId());
		if (!actor.actsForZone(park)) {
			throw new NotAllowed("parcel");
		}
		if (!result.hasErrors()) {
			try {
				return "redirect:/land/" + land.register(actor, form.draft());
			}
			catch (RuleViolations ex) {
				FormRejections.reject(result, ex);
			}
		}
		return form(form, result, model);
	}

	@GetMapping("/land/{id}")
	String parcel(Actor actor, @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Double plotRatio,
			@RequestParam(required = false) @Nullable Double buildingCoefficient,
			@RequestParam(required = false) @Nullable Double greenRatio, Model model) {
		ParcelView parcel = land.get(actor, id);
		model.addAttribute("nav", "land");
		model.addAttribute("p", parcel);
		model.addAttribute("canEdit", actor.actsForZone(parcel.parkId()));
		model.addAttribute("statuses", ParcelStatus.values());
		model.addAttribute("projects", projects.list(actor, new ProjectFilter(null, null, null, parcel.parkId())));
		int reviewYear = year == null ? LocalDate.now(clock).getYear() - 1 : year;
		model.addAttribute("reviewYear", reviewYear);
		if (year != null && actor.role() != Role.ENTERPRISE) {
			try {
				model.addAttribute("review", land.review(actor, id, year, plotRatio, buildingCoefficient, greenRatio));
			}
			catch (RuleViolation ex) {
				model.addAttribute("reviewError", ex.messageKey());
			}
		}
		return "land/parcel";
	}

	@PostMapping("/land/{id}/status")
	String changeStatus(Actor actor, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable ParcelStatus status,
			@RequestParam(required = false) @Nullable UUID projectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			RedirectAttributes flash) {
		try {
			land.changeStatus(actor, id, new StatusChange(status, projectId, on), version);
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		catch (StaleVersion ex) {
			flash.addFlashAttribute("error", "problem.stale");
		}
		return "redirect:/land/" + id;
	}

	/** Keeps the review as made today, then shows it. */
	@PostMapping("/land/{id}/reviews")
	String recordReview(Actor actor, @PathVariable UUID id, @RequestParam int year,
			@RequestParam(required = false) @Nullable Double plotRatio,
			@RequestParam(required = false) @Nullable Double buildingCoefficient,
			@RequestParam(required = false) @Nullable Double greenRatio, RedirectAttributes flash) {
		try {
			land.recordReview(actor, id, year, plotRatio, buildingCoefficient, greenRatio);
			flash.addFlashAttribute("message", "parcel.reviewRecorded");
		}
		catch (RuleViolation ex) {
			flash.addFlashAttribute("error", ex.messageKey());
		}
		flash.addAttribute("year", year);
		if (plotRatio != null) {
			flash.addAttribute("plotRatio", plotRatio);
		}
		if (buildingCoefficient != null) {
			flash.addAttribute("buildingCoefficient", buildingCoefficient);
		}
		if (greenRatio != null) {
			flash.addAttribute("greenRatio", greenRatio);
		}
		return "redirect:/land/" + id;
	}

	private String form(ParcelForm form, @Nullable BindingResult result, Model model) {
		model.addAttribute("nav", "land");
		FormRejections.show(model, "parcelForm", form, result);
		return "land/new";
	}

	private UUID park(Actor actor, @Nullable UUID requested) {
		return parks.pageParkOf(actor, requested);
	}

}
