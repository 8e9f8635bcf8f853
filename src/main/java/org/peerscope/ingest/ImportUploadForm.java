package org.peerscope.ingest;

import jakarta.validation.constraints.NotNull;

import org.springframework.web.multipart.MultipartFile;

/** The admin upload form: what the file holds, and the file. */
record ImportUploadForm(@NotNull ImportService.Format format, MultipartFile file) {

	static ImportUploadForm empty() {
		return new ImportUploadForm(ImportService.Format.OPENALEX, null);
	}

}
