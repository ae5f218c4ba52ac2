package org.batterytown.incentive;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DealRepository extends ListCrudRepository<Deal, UUID> {

	List<Deal> findByParkIdOrderByCreatedAtDesc(UUID parkId);

}
