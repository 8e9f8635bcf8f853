package org.peerscope.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateIndentationTest {

	@Test
	void indentationAndBlankLinesGoAndEveryLineBreakStays() {
		String template = "<ul>\n\t<li th:each=\"w : ${works}\">\n\t\t<a th:href=\"@{/w}\">Title</a>,\n\n\t\t<span>year</span>\n\t</li>\n</ul>\n";
		assertThat(TemplateIndentation.strip(template)).isEqualTo(
				"<ul>\n<li th:each=\"w : ${works}\">\n<a th:href=\"@{/w}\">Title</a>,\n<span>year</span>\n</li>\n</ul>\n");
	}

	@Test
	void aTagWrittenOverSeveralLinesKeepsItsAttributesApart() {
		assertThat(TemplateIndentation.strip("<meta name=\"description\"\r\n\t\t  content=\"x\">"))
			.isEqualTo("<meta name=\"description\"\ncontent=\"x\">");
	}

	@Test
	void whiteSpaceInsidePreTextareaAndScriptIsKeptAsWritten() {
		String template = "<div>\n\t<PRE>\n\t  a\n\n\t  b\n\t</PRE>\n\t<textarea rows=\"5\">\n\t  text\n\t</textarea>\n"
				+ "\t<script>\n\t\tlet s = `one\n\t\t  two`;\n\t</script >\n\t<p>\n\t\tafter\n\t</p>\n</div>";
		assertThat(TemplateIndentation.strip(template))
			.isEqualTo("<div>\n<PRE>\n\t  a\n\n\t  b\n\t</PRE>\n<textarea rows=\"5\">\n\t  text\n\t</textarea>\n"
					+ "<script>\n\t\tlet s = `one\n\t\t  two`;\n\t</script >\n<p>\nafter\n</p>\n</div>");
	}

	@Test
	void aTagWhoseNameOnlyStartsLikeAKeptOneIsStripped() {
		assertThat(TemplateIndentation.strip("<preview>\n\t\tx\n</preview>")).isEqualTo("<preview>\nx\n</preview>");
	}

	@Test
	void textOnOneLineIsLeftAsItIs() {
		assertThat(TemplateIndentation.strip("<p>two  spaces\tand a tab</p>"))
			.isEqualTo("<p>two  spaces\tand a tab</p>");
	}

}
