package org.batterytown.source;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Asks to cite a registered source for one figure of a subject.
 *
 * @param field the figure, e.g. "capacityLines"; "*" for the subject as a whole
 */
public record CitationRequest(@NotNull(message = "{citation.source.required}") UUID sourceId,
		@NotBlank(message = "{citation.field.required}") @Pattern(regexp = "\\*|[A-Za-z][A-Za-z0-9._]{0,79}", message = "{citation.field.invalid}") String field) {
}
