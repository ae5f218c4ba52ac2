package org.batterytown.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the tickets.
 *
 * @param maxReopens how often a poorly rated answer reopens a ticket (SERVICES.md §5.3 suggests once, an
 *     inference there)
 * @param attachmentMaxBytes the largest attachment accepted
 * @param attachmentsPerTicket how many attachments a ticket may carry
 */
@ConfigurationProperties("batterytown.feedback")
record FeedbackSettings(Integer maxReopens, Integer attachmentMaxBytes, Integer attachmentsPerTicket) {

	FeedbackSettings {
		maxReopens = maxReopens == null ? 1 : maxReopens;
		attachmentMaxBytes = attachmentMaxBytes == null ? 5 * 1024 * 1024 : attachmentMaxBytes;
		attachmentsPerTicket = attachmentsPerTicket == null ? 5 : attachmentsPerTicket;
	}

}
