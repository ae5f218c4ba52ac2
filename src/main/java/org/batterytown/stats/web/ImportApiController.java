package org.batterytown.stats.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.BadParameter;
import org.batterytown.stats.ImportFiles;
import org.batterytown.stats.ImportResult;
import org.batterytown.stats.ReportImports;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Imports of monthly reports from the template's .xlsx or .csv. A refused file gets 422 with every
 * bad row under {@code rowErrors} (row, column, value, reason) and stores nothing.
 */
@RestController
@RequestMapping("/api/v1/stats/imports")
class ImportApiController {

	private final ReportImports imports;

	private final ImportFiles files;

	private final ParkManagement parks;

	private final MessageSource messages;

	ImportApiController(ReportImports imports, ImportFiles files, ParkManagement parks, MessageSource messages) {
		this.imports = imports;
		this.files = files;
		this.parks = parks;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importFile(Actor actor, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable UUID parkId) throws IOException {
		UUID park = ZonePark.of(actor, parkId, parks);
		ImportResult result = imports.importFile(actor, park, name(file), file.getSize(), file.getInputStream());
		if (result.succeeded()) {
			return ResponseEntity.created(URI.create("/api/v1/stats/imports/" + result.id())).body(result);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage("stats.import.refused", new Object[] { result.errorCount() },
						LocaleContextHolder.getLocale()));
		problem.setProperty("importId", result.id());
		problem.setProperty("errorCount", result.errorCount());
		problem.setProperty("rowErrors", result.errors());
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@GetMapping("/{id}")
	ImportResult get(Actor actor, @PathVariable UUID id) {
		return imports.get(actor, id);
	}

	@GetMapping("/{id}/errors.csv")
	ResponseEntity<StreamingResponseBody> errors(Actor actor, @PathVariable UUID id) {
		ImportResult result = imports.get(actor, id);
		return Downloads.of("import-errors.csv", "text/csv;charset=UTF-8", out -> files.errorsCsv(result, out));
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<StreamingResponseBody> templateXlsx() {
		return Downloads.of("monthly-report-template.xlsx", Downloads.XLSX, files::templateXlsx);
	}

	@GetMapping("/template.csv")
	ResponseEntity<StreamingResponseBody> templateCsv() {
		return Downloads.of("monthly-report-template.csv", "text/csv;charset=UTF-8", files::templateCsv);
	}

	static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name == null || name.isBlank()) {
			throw new BadParameter("file", "stats.import.format");
		}
		return name;
	}


}
