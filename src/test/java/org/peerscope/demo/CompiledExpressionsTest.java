package org.peerscope.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Thymeleaf compiles each Spring EL expression of the templates
 * ({@code spring.thymeleaf.enable-spring-el-compiler}) once it has run a hundred times,
 * for the classes it met, and keeps it by its text for every template. Two templates that
 * give one text to different classes (a loop variable {@code w} over a researcher's works
 * on one page and over a topic's works on another) make the compiled code throw
 * {@code ClassCastException} on the other page: SpEL falls back to interpreting it and
 * compiles it again a hundred runs later. Under mixed traffic that was about fifty new
 * classes a second, each with its exception, its class loading and its JIT work.
 *
 * <p>
 * Renders every kind of catalogue page of the demo catalogue until its expressions are
 * compiled, and checks that no compiled expression failed.
 */
@IntegrationTest
class CompiledExpressionsTest {

	/** SpEL compiles an expression after this many interpreted runs (SpelExpression). */
	private static final int ROUNDS = 110;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyCataloguePageKeepsItsExpressionsCompiled() throws Exception {
		DemoCatalogLoader.load(this.context);
		List<String> pages = pages();

		List<String> failures = new ArrayList<>();
		try (Recording recording = new Recording()) {
			recording.enable("jdk.JavaExceptionThrow").withStackTrace();
			recording.start();
			for (int round = 0; round < ROUNDS; round++) {
				for (String page : pages) {
					this.mvc.perform(get(page)).andExpect(status().isOk());
				}
			}
			recording.stop();
			Path file = Files.createTempFile("compiled-expressions", ".jfr");
			try {
				recording.dump(file);
				for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
					if (thrownByCompiledExpression(event)) {
						failures.add(event.getString("message"));
					}
				}
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		assertThat(failures).as("expressions compiled for one class and run on another").isEmpty();
	}

	/**
	 * A researcher with many works and one with past affiliations, the most cited works,
	 * topics and institutions, and searches: every catalogue template, with the data that
	 * fills its loops.
	 */
	private List<String> pages() {
		List<String> pages = new ArrayList<>(
				List.of("/", "/search?q=learning", "/search/researchers?q=an", "/search/works?q=learning"));
		for (String researcher : keys("""
				(select r.public_key from researchers r join researcher_metrics m on m.researcher_id = r.id
				 order by m.works_count desc limit 2)
				union (select r.public_key from researchers r
				       where (select count(*) from researcher_affiliations a where a.researcher_id = r.id) > 1 limit 1)
				""")) {
			pages.add("/researchers/" + researcher);
			pages.add("/researchers/" + researcher + "/teaser");
			pages.add("/researchers/" + researcher + "/graph");
		}
		keys("select public_key from works order by cited_by_count desc limit 2")
			.forEach((work) -> pages.add("/works/" + work));
		keys("select t.public_key from topics t order by (select count(*) from work_topics w where w.topic_id = t.id) desc limit 2")
			.forEach((topic) -> pages.add("/topics/" + topic));
		keys("select i.public_key from institutions i order by i.id limit 2")
			.forEach((institution) -> pages.add("/institutions/" + institution));
		assertThat(pages).hasSizeGreaterThan(15);
		return pages;
	}

	private List<String> keys(String sql) {
		return this.jdbc.sql(sql).query(String.class).list();
	}

	private static boolean thrownByCompiledExpression(RecordedEvent event) {
		if (!ClassCastException.class.getName().equals(event.getClass("thrownClass").getName())
				|| event.getStackTrace() == null) {
			return false;
		}
		for (RecordedFrame frame : event.getStackTrace().getFrames()) {
			if (frame.getMethod().getType().getName().startsWith("org.springframework.expression.spel.")) {
				return true;
			}
		}
		return false;
	}

}
