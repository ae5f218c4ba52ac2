package org.batterytown.enterprise;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface EnterpriseRepository extends ListCrudRepository<Enterprise, UUID> {

	Optional<Enterprise> findByCreditCode(String creditCode);

	List<Enterprise> findAllByOrderByNameZh();

}
