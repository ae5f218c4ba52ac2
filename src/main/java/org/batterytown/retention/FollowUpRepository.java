package org.batterytown.retention;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface FollowUpRepository extends ListCrudRepository<FollowUp, UUID> {

	List<FollowUp> findByParkIdOrderByDueOn(UUID parkId);

	List<FollowUp> findByEnterpriseIdOrderByDueOn(UUID enterpriseId);

	List<FollowUp> findByOriginId(UUID originId);

}
