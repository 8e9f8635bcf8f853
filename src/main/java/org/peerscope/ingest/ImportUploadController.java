package org.peerscope.ingest;

import java.io.IOException;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Upload an OpenAlex or arXiv file and import it in the background, with its progress
 * ({@code /admin/**} is for administrators only).
 */
@Controller
class ImportUploadController {

	private final ImportJobs jobs;

	private final DataSize maxSize;

	ImportUploadController(ImportJobs jobs, @Value("${peerscope.ingest.upload.max-size:2GB}") DataSize maxSize) {
		this.jobs = jobs;
		this.maxSize = maxSize;
	}

	@GetMapping("/admin/import")
	String page(Model model) {
		if (!model.containsAttribute("upload")) {
			model.addAttribute("upload", ImportUploadForm.empty());
		}
		model.addAttribute("status", this.jobs.status());
		model.addAttribute("maxSize", this.maxSize);
		return "ingest/upload";
	}

	/** The progress block, polled by htmx while an import runs; the page without htmx. */
	@GetMapping("/admin/import/status")
	String status(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (htmx == null) {
			return "redirect:/admin/import";
		}
		model.addAttribute("status", this.jobs.status());
		return "ingest/upload :: status";
	}

	@PostMapping("/admin/import")
	String upload(@Valid @ModelAttribute("upload") ImportUploadForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (result.getTarget() != null && !result.hasFieldErrors("file")) {
			if (form.file() == null || form.file().isEmpty()) {
				result.rejectValue("file", "ingest.upload.file.required");
			}
			else if (form.file().getSize() > this.maxSize.toBytes()) {
				result.rejectValue("file", "ingest.upload.file.tooLarge", new Object[] { this.maxSize.toMegabytes() },
						null);
			}
		}
		if (result.hasErrors()) {
			return invalid(result, model, response);
		}
		ImportJobs.Start start = this.jobs.start(form.format(), form.file().getOriginalFilename(), form.file());
		if (start == ImportJobs.Start.STARTED) {
			redirect.addFlashAttribute("flash", "ingest.upload.started");
			return "redirect:/admin/import";
		}
		if (start == ImportJobs.Start.BUSY) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("flashError", "ingest.upload.busy");
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			result.rejectValue("file", "ingest.upload.problem." + start.name());
		}
		return page(model);
	}

	private String invalid(BindingResult result, Model model, HttpServletResponse response) {
		if (result.getTarget() == null) {
			// A value that could not be converted leaves no form to show again: a blank
			// one, with the errors next to its fields.
			BindingResult blank = new BeanPropertyBindingResult(ImportUploadForm.empty(), "upload");
			blank.addAllErrors(result);
			model.addAttribute("upload", blank.getTarget());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "upload", blank);
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page(model);
	}

}
