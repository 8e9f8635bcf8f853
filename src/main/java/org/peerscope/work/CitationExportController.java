package org.peerscope.work;

import java.nio.charset.StandardCharsets;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.work.CitationExportService.Download;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Citation downloads: {@code ?format=bibtex|ris|csl-json}.
 */
@Controller
class CitationExportController {

	private final CitationExportService exports;

	CitationExportController(CitationExportService exports) {
		this.exports = exports;
	}

	@GetMapping("/works/{key}/export")
	ResponseEntity<byte[]> work(@PathVariable String key, @RequestParam(defaultValue = "bibtex") String format) {
		checkFormat(format);
		return respond(this.exports.work(key, format, siteUrl())
			.orElseThrow(() -> new NotFoundException(CatalogKind.WORK, key)));
	}

	@GetMapping("/researchers/{key}/export")
	ResponseEntity<byte[]> researcher(@PathVariable String key, @RequestParam(defaultValue = "bibtex") String format) {
		checkFormat(format);
		return respond(this.exports.researcher(key, format, siteUrl())
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key)));
	}

	private static void checkFormat(String format) {
		if (CitationFormat.fromParam(format).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown citation format");
		}
	}

	private static ResponseEntity<byte[]> respond(Download download) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType() + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.fileName()).build().toString())
			.body(download.body().getBytes(StandardCharsets.UTF_8));
	}

	private static String siteUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

}
