package org.batterytown.chain.web;

import java.util.Arrays;
import java.util.List;

import org.batterytown.chain.Band;
import org.batterytown.chain.CoefficientChanges;
import org.batterytown.chain.Coefficients;
import org.batterytown.chain.IntensityChange;
import org.batterytown.chain.ParkBalance;
import org.batterytown.chain.ParkChain;
import org.batterytown.chain.ProductLinks;
import org.batterytown.chain.Scenarios;
import org.batterytown.chain.model.AnodeInput;
import org.batterytown.chain.model.Chemistry;
import org.batterytown.chain.model.Link;
import org.batterytown.chain.model.LinkBalance;
import org.batterytown.chain.model.Tier;
import org.batterytown.project.Product;
import org.batterytown.shared.Actor;
import org.batterytown.shared.BadParameter;
import org.batterytown.shared.NotFound;
import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The chain's links, the coefficients in force and a park's balance. */
@RestController
@RequestMapping("/api/v1/chain")
class ChainApiController {

	private final ParkChain chain;

	private final Coefficients coefficients;

	private final CoefficientChanges changes;

	private final Scenarios scenarios;

	ChainApiController(ParkChain chain, Coefficients coefficients, CoefficientChanges changes, Scenarios scenarios) {
		this.chain = chain;
		this.coefficients = coefficients;
		this.changes = changes;
		this.scenarios = scenarios;
	}

	@GetMapping("/links")
	List<LinkDto> links() {
		return Arrays.stream(Link.values())
			.map(link -> new LinkDto(link, link.tier(), link.unit(), link.chemistry(), link.inputs(),
					Arrays.stream(Product.values()).filter(p -> ProductLinks.of(p) == link).toList()))
			.toList();
	}

	@GetMapping("/coefficients")
	Coefficients.CoefficientSet coefficients() {
		return coefficients.current();
	}

	/** The sets of coefficients, newest first: who changed what, when. */
	@GetMapping("/coefficients/history")
	List<Coefficients.SetEntry> history() {
		return coefficients.history();
	}

	/** Changes one intensity (admins and zone staff): makes a new set and answers it. */
	@PutMapping("/coefficients/intensity")
	Coefficients.CoefficientSet change(Actor actor, @Valid @RequestBody IntensityChange change) {
		return changes.change(actor, change);
	}

	/** Changes what a tonne of anode takes of an upstream input: makes a new set. */
	@PutMapping("/coefficients/anode-inputs/{input}")
	Coefficients.CoefficientSet changeInput(Actor actor, @PathVariable AnodeInput input, @Valid @RequestBody Band band) {
		return changes.change(actor, input, band);
	}

	/** Changes a price band (a fee with {@code toll=true}): makes a new set. */
	@PutMapping("/coefficients/prices/{link}/{year}")
	Coefficients.CoefficientSet changePrice(Actor actor, @PathVariable Link link, @PathVariable int year,
			@RequestParam(defaultValue = "false") boolean toll, @Valid @RequestBody Band band) {
		return changes.change(actor, link, toll, year, band);
	}

	/** Changes the utilization of a year: makes a new set. */
	@PutMapping("/coefficients/utilization/{year}")
	Coefficients.CoefficientSet changeUtilization(Actor actor, @PathVariable int year, @Valid @RequestBody Band band) {
		return changes.changeUtilization(actor, year, band);
	}

	/** The park's links weighed against its anode link, with upstream needs and output value. */
	@GetMapping("/balance")
	ParkBalance balance(Actor actor, @Valid ScenarioParameters p) {
		try {
			return chain.balance(actor, scenarios.of(p.parkId(), p.date(), p.lfp(), p.ncm523(), p.ncm811(), p.basis(),
					p.stages(), p.threshold()));
		}
		catch (NotFound ex) {
			throw new BadParameter("parkId", "chain.park.unknown");
		}
	}

	/**
	 * The park's missing and short links, lowest ratio to the anode link first, with the capacity each
	 * lacks: the target list for investment promotion. Same parameters as the balance.
	 */
	@GetMapping("/gaps")
	List<LinkBalance> gaps(Actor actor, @Valid ScenarioParameters p) {
		return balance(actor, p).balance().gaps();
	}

	/** A link of the chain with the registry products that count towards it. */
	record LinkDto(Link link, Tier tier, Link.Unit unit, @Nullable Chemistry chemistry, List<Link> inputs,
			List<Product> products) {
	}

}
