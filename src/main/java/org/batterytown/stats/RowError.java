package org.batterytown.stats;

import org.jspecify.annotations.Nullable;

/**
 * Why one row of an import was refused: its number as the spreadsheet shows it (the header is row 1),
 * the column, the value found and the reason in the user's language.
 */
public record RowError(long row, @Nullable String column, @Nullable String value, String reason) {
}
