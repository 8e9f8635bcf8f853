package org.peerscope.sitemap;

import java.util.List;
import java.util.Map;

import org.peerscope.common.PageRequestParams;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /robots.txt} and sitemaps: an index at {@code /sitemap.xml} pointing at parts of
 * at most {@value #URLS_PER_PART} pages each ({@code /sitemaps/works-3.xml}), as the
 * sitemap protocol allows.
 */
@Controller
class SitemapController {

	static final int URLS_PER_PART = 50_000;

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final SitemapService sitemaps;

	SitemapController(SitemapService sitemaps) {
		this.sitemaps = sitemaps;
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok("""
				User-agent: *
				Allow: /
				Disallow: /api/
				Disallow: /*/export

				Sitemap: %s/sitemap.xml
				""".formatted(site()));
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index() {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				""");
		for (Map.Entry<SitemapSection, Long> count : this.sitemaps.counts().entrySet()) {
			long parts = (count.getValue() + URLS_PER_PART - 1) / URLS_PER_PART;
			for (int part = 1; part <= parts; part++) {
				xml.append("  <sitemap><loc>")
					.append(escape(site() + "/sitemaps/" + count.getKey().path() + "-" + part + ".xml"))
					.append("</loc></sitemap>\n");
			}
		}
		xml.append("</sitemapindex>\n");
		return ResponseEntity.ok().contentType(XML).body(xml.toString());
	}

	@GetMapping("/sitemaps/{section}-{part}.xml")
	ResponseEntity<String> part(@PathVariable String section, @PathVariable String part) {
		SitemapSection kind = SitemapSection.fromPath(section)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int number;
		try {
			number = PageRequestParams.page(Integer.valueOf(part));
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<String> keys = this.sitemaps.keys(kind, number, URLS_PER_PART);
		if (keys.isEmpty() && number > 1) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				""");
		String base = site() + "/" + kind.path() + "/";
		for (String key : keys) {
			xml.append("  <url><loc>").append(escape(base + key)).append("</loc></url>\n");
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(XML).body(xml.toString());
	}

	private static String site() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
