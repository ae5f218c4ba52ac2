package org.batterytown.attraction;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface LeadRepository extends ListCrudRepository<Lead, UUID> {

	List<Lead> findByParkIdOrderByCreatedAtAsc(UUID parkId);

}
