package org.batterytown.approval;

import java.util.UUID;

import org.batterytown.shared.LocalizedText;

/** A checklist item on someone's list: the case, its project, and the item with its clock. */
public record OfficerItem(UUID caseId, LocalizedText projectName, CaseView.Item item) {
}
