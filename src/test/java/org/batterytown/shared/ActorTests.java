package org.batterytown.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ActorTests {

	private static final UUID PARK = UUID.randomUUID();

	private static final UUID OTHER_PARK = UUID.randomUUID();

	private static final UUID ZHONGYE = UUID.randomUUID();

	private static final UUID BTR = UUID.randomUUID();

	@Test
	void anEnterpriseUserSeesAndEditsOnlyItsOwnEnterprise() {
		Actor clerk = new Actor("clerk", Role.ENTERPRISE, PARK, ZHONGYE);

		assertThat(clerk.canRead(PARK, ZHONGYE)).isTrue();
		assertThat(clerk.canEdit(PARK, ZHONGYE)).isTrue();
		assertThat(clerk.canRead(PARK, BTR)).isFalse();
		assertThat(clerk.canEdit(PARK, BTR)).isFalse();
		assertThat(clerk.canRegisterEnterprise(PARK)).isFalse();
	}

	@Test
	void staffEditEverythingInTheirParkOnly() {
		Actor staff = new Actor("staff", Role.STAFF, PARK, null);

		assertThat(staff.canEdit(PARK, BTR)).isTrue();
		assertThat(staff.canRead(OTHER_PARK, BTR)).isFalse();
		assertThat(staff.canRegisterEnterprise(OTHER_PARK)).isFalse();
	}

	@Test
	void viewersOnlyRead() {
		Actor viewer = new Actor("leader", Role.VIEWER, PARK, null);

		assertThat(viewer.canRead(PARK, BTR)).isTrue();
		assertThat(viewer.canEdit(PARK, BTR)).isFalse();
	}

	@Test
	void anEnterpriseUserNeedsAnEnterprise() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Actor("x", Role.ENTERPRISE, PARK, null));
	}

}
