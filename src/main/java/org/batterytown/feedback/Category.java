package org.batterytown.feedback;

import org.batterytown.shared.LocalizedText;

/** A ticket category with the working days a department has to answer, and where that limit comes from. */
public record Category(String code, LocalizedText name, int responseDays, String basis) {
}
