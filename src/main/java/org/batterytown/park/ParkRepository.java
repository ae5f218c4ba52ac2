package org.batterytown.park;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ParkRepository extends ListCrudRepository<Park, UUID> {

	Optional<Park> findByCode(String code);

	List<Park> findAllByOrderByCode();

}
