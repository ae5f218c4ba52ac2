package org.batterytown.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What it takes to register a source. */
public record SourceDraft(@NotBlank(message = "{source.title.required}") @Size(max = 500) String title,
		@Nullable @Size(max = 200) String publisher, @Nullable LocalDate publishedOn,
		@Nullable @Size(max = 1000) @Pattern(regexp = "^(https?://\\S+)?$", message = "{source.url.invalid}") String url) {
}
