package org.peerscope.ingest;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over {@code peerscope.ingest.upload.max-size} is refused by the servlet
 * container while it reads the request, before any controller: back to the upload page
 * with a message.
 */
@ControllerAdvice
class ImportUploadTooLarge {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flashError", "ingest.upload.tooLarge");
		return "redirect:/admin/import";
	}

}
