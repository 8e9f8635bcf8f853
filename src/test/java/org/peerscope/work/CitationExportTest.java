package org.peerscope.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Citation downloads are well-formed: each format is parsed back and says what the
 * catalogue says, TeX's special characters included.
 */
@IntegrationTest
class CitationExportTest {

	static final String NASTY_TITLE = "50% of {graphs} & $x_1$ #hash ~tilde ^caret \\back";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	JsonMapper json;

	String researcherKey;

	String workKey;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		long ada = this.catalog.researcher("Ada Whitfield").insert();
		long journal = this.catalog.source("Journal of Graphs & Networks");
		this.workKey = this.catalog.keyOfWork(this.catalog.work(NASTY_TITLE)
			.published(LocalDate.of(2024, 3, 2))
			.doi("10.5555/a_b%c")
			.venue(journal)
			.abstractText("Line one.\nLine two.")
			.authors(this.catalog.researcher("Grace Okafor").insert(), ada, "José Ñúñez")
			.insert());
		this.catalog.work("A preprint").type("preprint").year(2022).arxivId("2201.01234").authors(ada).insert();
		this.researcherKey = this.catalog.keyOfResearcher(ada);
	}

	@Test
	void bibtexEscapesSpecialCharactersAndParsesBack() throws Exception {
		MockHttpServletResponse response = download("/works/" + this.workKey + "/export?format=bibtex");
		assertThat(response.getContentType()).isEqualTo("application/x-bibtex;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(this.workKey + ".bib");
		List<Entry> entries = BibtexParser.parse(response.getContentAsString());
		assertThat(entries).hasSize(1);
		Entry entry = entries.get(0);
		assertThat(entry.type()).isEqualTo("article");
		assertThat(entry.fields().get("title")).isEqualTo(
				"50\\% of \\{graphs\\} \\& \\$x\\_1\\$ \\#hash \\textasciitilde{}tilde \\textasciicircum{}caret \\textbackslash{}back");
		assertThat(BibtexParser.unescape(entry.fields().get("title"))).isEqualTo(NASTY_TITLE);
		assertThat(entry.fields().get("author")).isEqualTo("Grace Okafor and Ada Whitfield and José Ñúñez");
		assertThat(entry.fields().get("journal")).isEqualTo("Journal of Graphs \\& Networks");
		assertThat(entry.fields()).containsEntry("year", "2024").containsEntry("month", "3");
		assertThat(entry.fields().get("doi")).isEqualTo("10.5555/a_b%25c");
		assertThat(entry.fields().get("url")).isEqualTo("http://localhost/works/" + this.workKey);
	}

	@Test
	void risHasOneTaggedLinePerFieldAndEndsEveryRecord() throws Exception {
		MockHttpServletResponse response = download("/researchers/" + this.researcherKey + "/export?format=ris");
		assertThat(response.getContentType()).isEqualTo("application/x-research-info-systems;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).contains(this.researcherKey + "-works.ris");
		List<Map<String, List<String>>> records = new ArrayList<>();
		Map<String, List<String>> current = null;
		for (String line : response.getContentAsString().split("\r\n")) {
			if (line.isEmpty()) {
				continue;
			}
			assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
			String tag = line.substring(0, 2);
			String value = line.substring(6);
			if (tag.equals("TY")) {
				current = new LinkedHashMap<>();
				records.add(current);
			}
			current.computeIfAbsent(tag, (t) -> new ArrayList<>()).add(value);
		}
		assertThat(records).hasSize(2);
		assertThat(records.get(0).get("TY")).containsExactly("JOUR");
		assertThat(records.get(0).get("TI")).containsExactly(NASTY_TITLE);
		assertThat(records.get(0).get("AU")).containsExactly("Grace Okafor", "Ada Whitfield", "José Ñúñez");
		assertThat(records.get(0).get("DA")).containsExactly("2024/03/02");
		assertThat(records.get(0).get("AB")).containsExactly("Line one. Line two.");
		assertThat(records.get(0)).containsKey("ER");
		assertThat(records.get(1).get("TY")).containsExactly("UNPB");
		assertThat(records.get(1).get("M1")).containsExactly("arXiv:2201.01234");
	}

	@Test
	void cslJsonIsAnArrayOfItemsWithStructuredNamesAndDates() throws Exception {
		MockHttpServletResponse response = download("/researchers/" + this.researcherKey + "/export?format=csl-json");
		assertThat(response.getContentType()).isEqualTo("application/vnd.citationstyles.csl+json;charset=UTF-8");
		JsonNode items = this.json.readTree(response.getContentAsString());
		assertThat(items.isArray()).isTrue();
		assertThat(items.size()).isEqualTo(2);
		JsonNode first = items.get(0);
		assertThat(first.get("type").asString()).isEqualTo("article-journal");
		assertThat(first.get("title").asString()).isEqualTo(NASTY_TITLE);
		assertThat(first.get("author").get(2).get("family").asString()).isEqualTo("Ñúñez");
		assertThat(first.get("author").get(2).get("given").asString()).isEqualTo("José");
		assertThat(first.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2024,3,2]");
		assertThat(first.get("DOI").asString()).isEqualTo("10.5555/a_b%c");
		assertThat(items.get(1).get("type").asString()).isEqualTo("article");
	}

	@Test
	void wholeListBibtexHasUniqueKeysAndUnknownFormatsAreRefused() throws Exception {
		List<Entry> entries = BibtexParser
			.parse(download("/researchers/" + this.researcherKey + "/export?format=bibtex").getContentAsString());
		assertThat(entries).extracting(Entry::type).containsExactly("article", "misc");
		assertThat(entries).extracting(Entry::key).doesNotHaveDuplicates();
		assertThat(entries.get(1).fields()).containsEntry("eprint", "2201.01234");
		this.mvc.perform(get("/works/" + this.workKey + "/export?format=docx")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/works/W1/export?format=ris")).andExpect(status().isNotFound());
		this.mvc.perform(get("/researchers/A1/export?format=ris")).andExpect(status().isNotFound());
	}

	private MockHttpServletResponse download(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		return response;
	}

	record Entry(String type, String key, Map<String, String> fields) {
	}

	/**
	 * A strict reader of the BibTeX subset the export writes: {@code @type{key, name =
	 * {value}, ...}} with balanced braces; fails on anything malformed.
	 */
	static final class BibtexParser {

		static List<Entry> parse(String text) {
			List<Entry> entries = new ArrayList<>();
			int i = 0;
			while (true) {
				i = skipSpace(text, i);
				if (i >= text.length()) {
					return entries;
				}
				expect(text, i, '@');
				int brace = text.indexOf('{', i);
				String type = text.substring(i + 1, brace);
				int comma = text.indexOf(',', brace);
				String key = text.substring(brace + 1, comma);
				assertThat(key).matches("[a-z0-9-]+");
				Map<String, String> fields = new LinkedHashMap<>();
				i = comma + 1;
				while (true) {
					i = skipSpace(text, i);
					if (text.charAt(i) == '}') {
						i++;
						break;
					}
					int equals = text.indexOf('=', i);
					String name = text.substring(i, equals).strip();
					i = skipSpace(text, equals + 1);
					expect(text, i, '{');
					int end = closingBrace(text, i);
					fields.put(name, text.substring(i + 1, end));
					i = skipSpace(text, end + 1);
					expect(text, i, ',');
					i++;
				}
				entries.add(new Entry(type, key, fields));
			}
		}

		/**
		 * The position of the brace closing the one at {@code open}; escaped ones don't
		 * count.
		 */
		static int closingBrace(String text, int open) {
			int depth = 0;
			for (int i = open; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\\') {
					i++;
				}
				else if (c == '{') {
					depth++;
				}
				else if (c == '}' && --depth == 0) {
					return i;
				}
			}
			throw new AssertionError("Unbalanced braces");
		}

		static String unescape(String value) {
			return value.replace("\\textbackslash{}", "\\")
				.replace("\\textasciitilde{}", "~")
				.replace("\\textasciicircum{}", "^")
				.replaceAll("\\\\([{}$&%#_])", "$1")
				.replace("{@}", "@");
		}

		private static int skipSpace(String text, int i) {
			while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			return i;
		}

		private static void expect(String text, int i, char c) {
			if (i >= text.length() || text.charAt(i) != c) {
				throw new AssertionError("Expected '" + c + "' at " + i);
			}
		}

	}

}
