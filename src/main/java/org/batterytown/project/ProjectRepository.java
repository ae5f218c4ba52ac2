package org.batterytown.project;

import java.util.List;
import java.util.UUID;

import org.batterytown.shared.Actor;

import org.springframework.data.repository.ListCrudRepository;

interface ProjectRepository extends ListCrudRepository<InvestmentProject, UUID> {

	List<InvestmentProject> findAllByOrderByCreatedAtAscNameZhAsc();

	/** The projects within the actor's data scope, oldest registration first. */
	default List<InvestmentProject> visibleTo(Actor actor) {
		return findAllByOrderByCreatedAtAscNameZhAsc().stream()
			.filter(p -> actor.canRead(p.parkId(), p.enterpriseId()))
			.toList();
	}

}
