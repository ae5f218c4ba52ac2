package org.batterytown.retention;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface VisitRepository extends ListCrudRepository<Visit, UUID> {

	List<Visit> findByParkIdOrderByVisitedOnDesc(UUID parkId);

	List<Visit> findByEnterpriseIdOrderByVisitedOnDesc(UUID enterpriseId);

}
