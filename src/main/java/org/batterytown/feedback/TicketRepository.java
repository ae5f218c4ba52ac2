package org.batterytown.feedback;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface TicketRepository extends ListCrudRepository<Ticket, UUID> {

	List<Ticket> findByParkIdOrderByCreatedAtDesc(UUID parkId);

	List<Ticket> findByEnterpriseIdOrderByCreatedAtDesc(UUID enterpriseId);

	List<Ticket> findByProjectId(UUID projectId);

}
