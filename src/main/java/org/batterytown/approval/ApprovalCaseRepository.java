package org.batterytown.approval;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ApprovalCaseRepository extends ListCrudRepository<ApprovalCase, UUID> {

	List<ApprovalCase> findByParkIdOrderByCreatedAtAsc(UUID parkId);

	Optional<ApprovalCase> findByProjectId(UUID projectId);

}
