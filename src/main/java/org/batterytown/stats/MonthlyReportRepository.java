package org.batterytown.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface MonthlyReportRepository extends ListCrudRepository<MonthlyReport, UUID> {

	List<MonthlyReport> findByEnterpriseIdAndPeriodOrderByRevision(UUID enterpriseId, LocalDate period);

	Optional<MonthlyReport> findByEnterpriseIdAndPeriodAndStatus(UUID enterpriseId, LocalDate period,
			ReportStatus status);

}
