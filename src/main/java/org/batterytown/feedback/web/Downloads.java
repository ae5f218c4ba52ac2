package org.batterytown.feedback.web;

import java.nio.charset.StandardCharsets;

import org.batterytown.feedback.Tickets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An attachment as a download: always as an attachment (never shown inline, so a file cannot run as a
 * page of ours), with the type its bytes showed and no sniffing.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(Tickets.Attachment a) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(a.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(a.contentType()))
			.body(a.content());
	}

}
