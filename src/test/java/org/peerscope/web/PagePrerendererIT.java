package org.peerscope.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.peerscope.catalog.CatalogChanged;
import org.peerscope.test.QueryCounter;
import org.peerscope.test.TestCatalog;
import org.peerscope.test.TestSupportConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After an import every researcher's page, the researchers' graph slices and the most
 * cited works' pages are rendered before anyone asks for them, and the first visitor gets
 * them without the database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "peerscope.page-cache.enabled=true", "peerscope.page-cache.prerender=true",
				"peerscope.page-cache.max-size=1KB" })
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
// Its renders ahead must not run beside other classes' tests, which empty the catalogue.
@DirtiesContext
class PagePrerendererIT {

	@Autowired
	TestCatalog catalog;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theFirstVisitAfterAnImportGetsAPageRenderedAheadFromTheStore() throws Exception {
		// Emptying the catalogue beside the pass the start asked for could deadlock with
		// it.
		await().atMost(Duration.ofSeconds(60))
			.until(() -> counter("page.prerender.passes") >= 1
					&& this.meters.get("page.prerender.active").gauge().value() == 0);
		this.catalog.reset();
		Map<String, String> pages = new LinkedHashMap<>();
		List<Long> researchers = new ArrayList<>();
		for (String name : List.of("Ada Whitfield", "Grace Okafor", "Sven Sørensen")) {
			long id = this.catalog.researcher(name).insert();
			researchers.add(id);
			pages.put("/researchers/" + this.catalog.keyOfResearcher(id), name);
			pages.put("/api/graph/researchers/" + this.catalog.keyOfResearcher(id), name);
		}
		for (String title : List.of("Tidal turbines at scale", "Kelp forests and carbon")) {
			long work = this.catalog.work(title).authors(researchers.get(0), researchers.get(1)).insert();
			pages.put("/works/" + this.catalog.keyOfWork(work), title);
		}
		double passesBefore = counter("page.prerender.passes");

		this.events.publishEvent(CatalogChanged.all());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> counter("page.prerender.passes") > passesBefore
					&& this.meters.get("page.prerender.active").gauge().value() == 0);
		assertThat(this.meters.get("page.prerender.pages").tag("page", "work").functionCounter().count())
			.isGreaterThanOrEqualTo(2);
		assertThat(this.meters.get("page.prerender.pages").tag("page", "graph").functionCounter().count())
			.isGreaterThanOrEqualTo(3);
		double storeHits = counter("cache.store.hits");
		double memoryHits = memoryHits();
		QueryCounter.reset();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			HttpResponse<String> response = get(page.getKey());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains(page.getValue());
		}
		assertThat(QueryCounter.statements()).isZero();
		// Memory holds a page of a kilobyte at most here (a slice): the rest came back
		// from the store.
		double fromStore = counter("cache.store.hits") - storeHits;
		assertThat(fromStore).isGreaterThanOrEqualTo(pages.size() - 3);
		assertThat(fromStore + memoryHits() - memoryHits).isEqualTo(pages.size());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private double memoryHits() {
		return this.meters.get("cache.gets").tag("result", "hit").functionCounter().count();
	}

	private double counter(String name) {
		return this.meters.get(name).functionCounters().stream().mapToDouble(FunctionCounter::count).sum();
	}

}
