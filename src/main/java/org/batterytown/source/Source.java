package org.batterytown.source;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A published source a figure can cite.
 *
 * @param title the headline or document title; never blank
 * @param publisher e.g. 山西日报 (Shanxi Daily)
 * @param publishedOn the publication date, where known
 * @param url a link, where there is one
 */
public record Source(SourceId id, String title, @Nullable String publisher, @Nullable LocalDate publishedOn,
		@Nullable String url) {
}
