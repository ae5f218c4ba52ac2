package org.batterytown.project;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ProjectRepository extends ListCrudRepository<InvestmentProject, UUID> {

	List<InvestmentProject> findAllByOrderByCreatedAtAscNameZhAsc();

}
