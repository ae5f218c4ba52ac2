package org.batterytown.feedback;

import java.time.Instant;
import java.util.UUID;

/** An attachment's metadata; its bytes are served only to those who may read the ticket. */
public record AttachmentInfo(UUID id, String filename, String contentType, int sizeBytes, Instant createdAt,
		String createdBy) {
}
