package org.batterytown.approval;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What is done to a checklist item: the department accepted it (START), approved it (CLOSE, with the
 * document number), the enterprise committed (COMMIT), or its post-check was made (POST_CHECK: kept or
 * not, with what was found).
 */
public record ItemAction(@Nullable Kind kind, @Nullable LocalDate on, @Nullable String documentNo,
		@Nullable Boolean kept, @Nullable String result) {

	public enum Kind {

		START, CLOSE, COMMIT, POST_CHECK

	}

}
