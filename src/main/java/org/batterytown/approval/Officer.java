package org.batterytown.approval;

import org.springframework.data.relational.core.mapping.Table;

/** A department's officer on a case (专办员). */
@Table("approval_case_officer")
record Officer(String department, String username) {
}
