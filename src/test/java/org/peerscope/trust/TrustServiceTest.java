package org.peerscope.trust;

import java.time.Year;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.catalog.CatalogChanged;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TrustServiceTest {

	/** The view as V21 creates it, from the catalogue alone. */
	static final String CATALOGUE_VIEW = """
			create or replace view researcher_verification as
			select r.id as researcher_id, false as claimed,
			       case when r.openalex_id is not null or r.orcid is not null then 1 else 0 end as verification_level,
			       false as orcid_confirmed, false as institution_email_verified, false as reviewed, 0 as open_disputes
			from researchers r""";

	@Autowired
	TrustService trust;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TestCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	int year = Year.now().getValue();

	long ada;

	long grace;

	long linus;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		long institution = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		this.ada = this.catalog.researcher("Ada")
			.orcid("0000-0002-1825-0097")
			.currentlyAt(institution, this.year - 3)
			.insert();
		this.grace = this.catalog.researcher("Grace").openalexId("A5000000001").insert();
		this.linus = this.catalog.researcher("Linus").insert();
		this.catalog.work("One").year(this.year - 12).doi("10.1234/one").authors(this.ada, this.grace).insert();
		this.catalog.work("Two").year(this.year - 4).doi("10.1234/two").authors(this.ada, this.linus).insert();
		this.catalog.work("Three").year(this.year - 1).authors(this.ada).insert();
		this.events.publishEvent(CatalogChanged.researchers(List.of(this.ada, this.grace, this.linus)));
	}

	/** Whatever view is installed (V21's, or the accounts feature's), put back after. */
	String installedView;

	@AfterEach
	void restoreView() {
		if (this.installedView != null) {
			this.jdbc.sql("create or replace view researcher_verification as " + this.installedView).update();
		}
	}

	@Test
	void computesAndStoresTheScoreWhenTheCatalogueChanges() {
		// claimed 0, L1 (ORCID) 10, ORCID 10, current affiliation 10, DOIs round(15 *
		// 2/3) =
		// 10, co-authors: Grace L1 (half), Linus L0: round(10 * 0.5 / 2) = round(2.5) =
		// 3,
		// first work 12 years ago: 6.
		TrustSnapshot snapshot = this.trust.snapshot(this.ada).orElseThrow();
		assertThat(snapshot.signals()).extracting(TrustSnapshot.Signal::points)
			.containsExactly(0, 10, 10, 10, 10, 3, 6, 0);
		assertThat(snapshot.score()).isEqualTo(49);
		assertThat(snapshot.label()).isEqualTo(TrustLabel.EMERGING);
		assertThat(snapshot.level()).isEqualTo(1);
		assertThat(stored(this.ada)).containsEntry("score", 49).containsEntry("label", "EMERGING");
	}

	@Test
	void explainsEachSignalInWords() {
		TrustSnapshot snapshot = this.trust.snapshot(this.ada).orElseThrow();
		assertThat(snapshot.signals()).extracting(TrustSnapshot.Signal::evidence)
			.containsExactly("No account has claimed this record.",
					"L1: public record with an ORCID iD, imported from an open source.", "The record has an ORCID iD.",
					"Current affiliation: University of Northbridge.", "2 of 3 works have a DOI.",
					"0 of 2 co-authors are verified (L2 or above); 1 more have a persistent identifier (L1) and count half.",
					"First work in " + (this.year - 12) + ": 12 years of publication record.", "No open disputes.");
	}

	@Test
	void givesALevelZeroRecordWithoutIdentifiersNoLevelPoints() {
		TrustSnapshot linus = this.trust.snapshot(this.linus).orElseThrow();
		assertThat(linus.level()).isZero();
		assertThat(linus.signals().get(1).points()).isZero();
		assertThat(linus.label()).isEqualTo(TrustLabel.UNVERIFIED);
	}

	@Test
	void readsClaimsOnlyThroughTheVerificationViewAndRefreshesCoauthors() {
		int before = this.trust.snapshot(this.ada).orElseThrow().score();
		int graceBefore = this.trust.snapshot(this.grace).orElseThrow().score();
		// What the accounts feature does: replace the view (same columns), then refresh.
		this.installedView = this.jdbc.sql("select pg_get_viewdef('researcher_verification'::regclass)")
			.query(String.class)
			.single();
		this.jdbc
			.sql(CATALOGUE_VIEW.replace("false as claimed", "r.id = " + this.ada + " as claimed")
				.replace("case when r.openalex_id", "case when r.id = " + this.ada + " then 2 when r.openalex_id")
				.replace("false as orcid_confirmed", "r.id = " + this.ada + " as orcid_confirmed"))
			.update();

		// The page shows the claim at once, before any refresh.
		TrustSnapshot claimed = this.trust.snapshot(this.ada).orElseThrow();
		assertThat(claimed.claimed()).isTrue();
		assertThat(claimed.level()).isEqualTo(2);
		assertThat(claimed.score()).isEqualTo(before + 15 + 10);
		assertThat(claimed.signals().get(1).evidence())
			.isEqualTo("L2: claimed; the ORCID iD was confirmed by signing in with ORCID.");

		this.trust.refresh(List.of(this.ada));
		assertThat(stored(this.ada)).containsEntry("score", before + 25).containsEntry("claimed", true);
		// Grace's only co-author, Ada, was at L1 (half) and is now verified: her
		// co-author
		// signal goes from 5 to 10.
		assertThat(this.trust.snapshot(this.grace).orElseThrow().score()).isEqualTo(graceBefore + 5);
		assertThat(stored(this.grace)).containsEntry("verified_coauthors", 1);
	}

	@Test
	void computesOnTheSpotWhenNothingIsStoredYet() {
		long newcomer = this.catalog.researcher("Newcomer").orcid("0000-0001-5109-3700").insert();
		TrustSnapshot snapshot = this.trust.snapshot(newcomer).orElseThrow();
		assertThat(snapshot.score()).isEqualTo(20);
		assertThat(this.trust.snapshot(999_999)).isEmpty();
	}

	@Test
	void recomputesEveryoneAndTheBreakdownAlwaysSumsToTheStoredScore() {
		this.jdbc.sql("delete from researcher_trust").update();
		assertThat(this.trust.recomputeAll()).isEqualTo(3);
		for (long id : List.of(this.ada, this.grace, this.linus)) {
			TrustSnapshot snapshot = this.trust.snapshot(id).orElseThrow();
			assertThat(snapshot.signals().stream().mapToInt(TrustSnapshot.Signal::points).sum())
				.isEqualTo(snapshot.score())
				.isEqualTo((Integer) stored(id).get("score"));
		}
	}

	private Map<String, Object> stored(long id) {
		return this.jdbc.sql("select * from researcher_trust where researcher_id = ?").param(id).query().singleRow();
	}

}
