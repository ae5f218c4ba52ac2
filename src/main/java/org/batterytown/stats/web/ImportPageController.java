package org.batterytown.stats.web;

import java.io.IOException;
import java.util.UUID;

import org.batterytown.park.ParkManagement;
import org.batterytown.shared.Actor;
import org.batterytown.shared.BadParameter;
import org.batterytown.shared.NotAllowed;
import org.batterytown.shared.RuleViolation;
import org.batterytown.stats.ImportFiles;
import org.batterytown.stats.ImportResult;
import org.batterytown.stats.ReportImports;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The import page: templates to download, the upload, and a refused file's errors row by row. */
@Controller
class ImportPageController {

	private final ReportImports imports;

	private final ImportFiles files;

	private final ParkManagement parks;

	ImportPageController(ReportImports imports, ImportFiles files, ParkManagement parks) {
		this.imports = imports;
		this.files = files;
		this.parks = parks;
	}

	@GetMapping("/stats/imports")
	String page(Actor actor, Model model) {
		UUID park = zonePark(actor);
		model.addAttribute("nav", "reports");
		model.addAttribute("recent", imports.recent(actor, park));
		return "stats/imports";
	}

	@PostMapping("/stats/imports")
	String upload(Actor actor, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model) throws IOException {
		UUID park = zonePark(actor);
		model.addAttribute("nav", "reports");
		try {
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("file", "stats.import.noFile");
			}
			model.addAttribute("result", imports.importFile(actor, park, ImportApiController.name(file),
					file.getSize(), file.getInputStream()));
		}
		catch (RuleViolation ex) {
			model.addAttribute("fileProblem", ex.messageKey());
			model.addAttribute("fileProblemArgs", ex.arguments());
		}
		catch (BadParameter ex) {
			model.addAttribute("fileProblem", ex.messageKey());
		}
		model.addAttribute("recent", imports.recent(actor, park));
		return "stats/imports";
	}

	@GetMapping("/stats/imports/{id}/errors.csv")
	ResponseEntity<StreamingResponseBody> errorsCsv(Actor actor, @PathVariable UUID id) {
		ImportResult result = imports.get(actor, id);
		return Downloads.of("import-errors.csv", "text/csv;charset=UTF-8", out -> files.errorsCsv(result, out));
	}

	@GetMapping("/stats/imports/{id}/errors.xlsx")
	ResponseEntity<StreamingResponseBody> errorsXlsx(Actor actor, @PathVariable UUID id) {
		ImportResult result = imports.get(actor, id);
		return Downloads.of("import-errors.xlsx", Downloads.XLSX, out -> files.errorsXlsx(result, out));
	}

	@GetMapping("/stats/imports/template.xlsx")
	ResponseEntity<StreamingResponseBody> templateXlsx() {
		return Downloads.of("月报导入模板.xlsx", Downloads.XLSX, files::templateXlsx);
	}

	@GetMapping("/stats/imports/template.csv")
	ResponseEntity<StreamingResponseBody> templateCsv() {
		return Downloads.of("月报导入模板.csv", "text/csv;charset=UTF-8", files::templateCsv);
	}

	private UUID zonePark(Actor actor) {
		UUID park = ZonePark.of(actor, null, parks);
		if (!actor.actsForZone(park)) {
			throw new NotAllowed("import reports");
		}
		return park;
	}

}
