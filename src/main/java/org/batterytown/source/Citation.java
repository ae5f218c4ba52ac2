package org.batterytown.source;

/**
 * A source cited for one figure of a subject.
 *
 * @param field the figure, e.g. "capacity" or "totalInvestment"; "*" for the subject as a whole
 */
public record Citation(String field, Source source) {
}
