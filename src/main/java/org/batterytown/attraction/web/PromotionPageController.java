package org.batterytown.attraction.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.batterytown.attraction.AmbassadorView;
import org.batterytown.attraction.EventView;
import org.batterytown.attraction.FunnelGrouping;
import org.batterytown.attraction.FunnelRow;
import org.batterytown.attraction.FunnelStep;
import org.batterytown.attraction.LeadFunnel;
import org.batterytown.attraction.Promotion;
import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.FormRejections;
import org.batterytown.shared.RuleViolations;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Promotion's results: each event with what its source states and what the pipeline attributes to it,
 * each ambassador with the leads credited, and the funnel from lead to production by source, event,
 * ambassador or link. The zone's staff record events and appointments here.
 */
@Controller
class PromotionPageController {

	private static final List<FunnelGrouping> GROUPINGS = List.of(FunnelGrouping.SOURCE, FunnelGrouping.EVENT,
			FunnelGrouping.AMBASSADOR, FunnelGrouping.LINK);

	private final Promotion promotion;

	private final LeadFunnel funnel;

	private final ParkManagement parks;

	private final MessageSource messages;

	PromotionPageController(Promotion promotion, LeadFunnel funnel, ParkManagement parks, MessageSource messages) {
		this.promotion = promotion;
		this.funnel = funnel;
		this.parks = parks;
		this.messages = messages;
	}

	@GetMapping("/leads/promotion")
	String promotion(Actor actor, @RequestParam(required = false) @Nullable UUID parkId,
			@RequestParam(defaultValue = "SOURCE") FunnelGrouping by, Model model, Locale locale) {
		UUID park = LeadParks.of(actor, parkId, parks);
		model.addAttribute("eventForm", EventForm.empty(park));
		model.addAttribute("ambassadorForm", AmbassadorForm.empty(park));
		return page(actor, park, by, model, locale);
	}

	@PostMapping("/leads/promotion/events")
	String recordEvent(Actor actor, @ModelAttribute("eventForm") EventForm form, BindingResult result, Model model,
			RedirectAttributes flash, Locale locale) {
		UUID park = LeadParks.of(actor, form.parkId(), parks);
		if (!result.hasErrors()) {
			try {
				promotion.recordEvent(actor, form.draft());
				flash.addFlashAttribute("message", "promotion.eventRecorded");
				return "redirect:/leads/promotion?parkId=" + park;
			}
			catch (RuleViolations ex) {
				FormRejections.reject(result, ex);
			}
		}
		FormRejections.show(model, "eventForm", form, result);
		model.addAttribute("ambassadorForm", AmbassadorForm.empty(park));
		return page(actor, park, FunnelGrouping.SOURCE, model, locale);
	}

	@PostMapping("/leads/promotion/ambassadors")
	String appoint(Actor actor, @ModelAttribute("ambassadorForm") AmbassadorForm form, BindingResult result, Model model,
			RedirectAttributes flash, Locale locale) {
		UUID park = LeadParks.of(actor, form.parkId(), parks);
		if (!result.hasErrors()) {
			try {
				promotion.appoint(actor, form.draft());
				flash.addFlashAttribute("message", "promotion.ambassadorRecorded");
				return "redirect:/leads/promotion?parkId=" + park;
			}
			catch (RuleViolations ex) {
				FormRejections.reject(result, ex);
			}
		}
		FormRejections.show(model, "ambassadorForm", form, result);
		model.addAttribute("eventForm", EventForm.empty(park));
		return page(actor, park, FunnelGrouping.SOURCE, model, locale);
	}

	private String page(Actor actor, UUID park, FunnelGrouping by, Model model, Locale locale) {
		List<EventView> events = promotion.events(actor, park);
		List<AmbassadorView> ambassadors = promotion.ambassadors(actor, park);
		model.addAttribute("nav", "leads");
		model.addAttribute("parkId", park);
		model.addAttribute("events", events);
		model.addAttribute("ambassadors", ambassadors);
		model.addAttribute("by", by);
		model.addAttribute("groupings", GROUPINGS);
		List<FunnelRow> rows = funnel.of(actor, park, by);
		model.addAttribute("funnel", rows);
		model.addAttribute("labels", labels(rows, by, events, ambassadors, locale));
		model.addAttribute("total", funnel.of(actor, park, FunnelGrouping.ALL));
		model.addAttribute("steps", FunnelStep.values());
		model.addAttribute("canEdit", actor.actsForZone(park));
		return "attraction/promotion";
	}

	/** What each funnel row is called: a source, an event's name, an ambassador, a link, or unattributed. */
	private Map<String, String> labels(List<FunnelRow> rows, FunnelGrouping by, List<EventView> events,
			List<AmbassadorView> ambassadors, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (FunnelRow row : rows) {
			String group = row.group();
			String label = "NONE".equals(group) ? messages.getMessage("promotion.unattributed", null, locale)
					: switch (by) {
						case EVENT -> events.stream().filter(e -> e.id().toString().equals(group))
							.map(e -> e.name().in(locale)).findFirst().orElse(group);
						case AMBASSADOR -> ambassadors.stream().filter(a -> a.id().toString().equals(group))
							.map(a -> a.organisation() + " " + a.title()).findFirst().orElse(group);
						case LINK -> messages.getMessage("link." + group, null, locale);
						default -> messages.getMessage("leadSource." + group, null, locale);
					};
			labels.put(group, label);
		}
		return labels;
	}

}
