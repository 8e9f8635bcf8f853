package org.peerscope.sitemap;

import javax.xml.parsers.DocumentBuilderFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SitemapTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		long northbridge = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		long ada = this.catalog.researcher("Ada Whitfield").currentlyAt(northbridge, 2019).insert();
		this.catalog.topic("Graph Neural Network Models", "Computer Science");
		this.catalog.work("One").year(2020).authors(ada).insert();
		this.catalog.work("Two").year(2021).authors(ada).insert();
	}

	@Test
	void robotsPointsAtTheSitemapAndKeepsCrawlersOffTheApi() throws Exception {
		String robots = this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(robots).contains("Sitemap: http://localhost/sitemap.xml").contains("Disallow: /api/");
	}

	@Test
	void theIndexListsOnePartPerSectionAndEachPartListsEveryPage() throws Exception {
		List<String> parts = locations("/sitemap.xml");
		assertThat(parts).containsExactly("http://localhost/sitemaps/researchers-1.xml",
				"http://localhost/sitemaps/works-1.xml", "http://localhost/sitemaps/topics-1.xml",
				"http://localhost/sitemaps/institutions-1.xml");
		List<String> all = new ArrayList<>();
		for (String part : parts) {
			all.addAll(locations(part.substring("http://localhost".length())));
		}
		assertThat(all).containsExactly("http://localhost/researchers/PA1", "http://localhost/works/PW1",
				"http://localhost/works/PW2", "http://localhost/topics/PT1", "http://localhost/institutions/PI1");
		for (String page : all) {
			this.mvc.perform(get(page.substring("http://localhost".length()))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/sitemaps/works-2.xml")).andExpect(status().isNotFound());
		this.mvc.perform(get("/sitemaps/accounts-1.xml")).andExpect(status().isNotFound());
	}

	private List<String> locations(String url) throws Exception {
		byte[] xml = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		NodeList locs = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
		List<String> result = new ArrayList<>();
		for (int i = 0; i < locs.getLength(); i++) {
			result.add(locs.item(i).getTextContent());
		}
		assertThat(new String(xml, StandardCharsets.UTF_8)).startsWith("<?xml");
		return result;
	}

}
