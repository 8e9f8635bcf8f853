package org.peerscope.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.PeerscopeApplication;
import org.peerscope.catalog.CatalogChanged;
import org.peerscope.claim.OwnerProfileChanged;
import org.peerscope.follow.FollowService;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;
import org.peerscope.test.TestSupportConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app nodes on one database, each keeping anonymous pages: a change made on one node
 * drops the other node's kept copy at once, not when its time to live ends.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "peerscope.page-cache.enabled=true")
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
class TwoNodePageCacheIT {

	/** Far longer than any wait below: nothing here may expire on its own. */
	private static final String LONG_TIME_TO_LIVE = "--peerscope.page-cache.time-to-live=1h";

	/** The statement a listening connection ran last. */
	private static final String LISTEN = "listen " + PageChanges.CHANNEL;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	@Value("${spring.datasource.username}")
	String databaseUser;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	FollowService nodeAFollows;

	@Autowired
	ApplicationEventPublisher nodeAEvents;

	private final HttpClient http = HttpClient.newHttpClient();

	private ConfigurableApplicationContext nodeB;

	private long ada;

	private String adaPage;

	@BeforeEach
	void startSecondNode() {
		this.catalog.reset();
		this.ada = this.catalog.researcher("Ada Whitfield").insert();
		this.adaPage = "/researchers/" + this.catalog.keyOfResearcher(this.ada);
		this.nodeB = new SpringApplicationBuilder(PeerscopeApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=" + this.databaseUrl,
					"--spring.datasource.username=" + this.databaseUser, "--spring.flyway.enabled=false",
					"--peerscope.page-cache.enabled=true", LONG_TIME_TO_LIVE);
	}

	@AfterEach
	void stopSecondNode() {
		this.nodeB.close();
	}

	@Test
	void aNodeListensForChangesBeforeItTakesRequests() {
		// A page kept before then could be outdated by a change the node never heard of.
		assertThat(listeningConnections()).as("listening connections once node B is up").isEqualTo(2);
	}

	@Test
	void aChangeMadeOnOneNodeShowsOnTheOtherAtOnce() throws Exception {
		assertThat(pageOnNodeB()).contains("Ada Whitfield");
		rename("Ada Renamed");
		assertThat(pageOnNodeB()).as("kept on node B").contains("Ada Whitfield").doesNotContain("Ada Renamed");

		this.nodeAEvents.publishEvent(new OwnerProfileChanged(this.ada));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pageOnNodeB()).contains("Ada Renamed"));
	}

	@Test
	void aFollowOnOneNodeShowsOnTheOtherAtOnce() throws Exception {
		long reader = this.accounts.verified("reader@example.org", "Rosa Reader");
		assertThat(pageOnNodeB()).contains("No followers");

		// Announced once the follow's own transaction has committed.
		this.nodeAFollows.follow(reader, this.catalog.keyOfResearcher(this.ada));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pageOnNodeB()).contains("1 follower"));
	}

	@Test
	void aNodeThatLostItsListeningConnectionForgetsWhatItKeptAndListensAgain() throws Exception {
		assertThat(pageOnNodeB()).contains("Ada Whitfield");
		rename("Ada Renamed");
		assertThat(pageOnNodeB()).contains("Ada Whitfield");

		long listeners = this.catalog.jdbc()
			.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity where query = ?")
			.param(LISTEN)
			.query(Long.class)
			.single();

		assertThat(listeners).as("one listening connection per node").isEqualTo(2);
		// Announcements may have gone unheard meanwhile: once back, node B keeps nothing
		// from before.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pageOnNodeB()).contains("Ada Renamed"));
		rename("Ada Imported");
		assertThat(pageOnNodeB()).contains("Ada Renamed");
		this.nodeAEvents.publishEvent(CatalogChanged.all());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(pageOnNodeB()).contains("Ada Imported"));
	}

	private long listeningConnections() {
		return this.catalog.jdbc()
			.sql("select count(*) from pg_stat_activity where query = ?")
			.param(LISTEN)
			.query(Long.class)
			.single();
	}

	private String pageOnNodeB() throws Exception {
		int port = Integer.parseInt(this.nodeB.getEnvironment().getProperty("local.server.port"));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + this.adaPage))
			.header("Accept", "text/html")
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private void rename(String name) {
		this.catalog.jdbc().sql("update researchers set display_name = ? where id = ?").params(name, this.ada).update();
	}

}
