package org.batterytown.enterprise;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** One chain role of an enterprise, stored with the park id like every row of a park's data. */
@Table("enterprise_chain_role")
record EnterpriseRole(UUID parkId, ChainRole role) {
}
