package org.batterytown.source;

import java.util.UUID;

/** What a citation is about: a subject of some module, with the park whose data it is. */
public record Subject(String type, UUID id, UUID parkId) {
}
