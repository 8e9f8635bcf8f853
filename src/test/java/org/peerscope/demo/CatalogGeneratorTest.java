package org.peerscope.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@IntegrationTest
class CatalogGeneratorTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Autowired
	CatalogGenerator generator;

	@Autowired
	TestCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void generate() {
		this.catalog.reset();
		generateDemo();
	}

	private void generateDemo() {
		this.transactions.executeWithoutResult((status) -> this.generator.generate(DemoDataInitializer.SEED,
				CatalogGenerator.Sizes.DEMO, TODAY, (line) -> {
				}));
	}

	@Test
	void refusesToWriteIntoANonEmptyCatalogue() {
		assertThatIllegalStateException().isThrownBy(this::generateDemo).withMessageContaining("not empty");
	}

	@Test
	void continuesTheIdSequencesAfterTheGeneratedRows() {
		long id = this.catalog.researcher("Added later").insert();
		assertThat(id).isEqualTo(count("researchers"));
	}

	@Test
	void fillsACatalogueOfTheAdvertisedSize() {
		assertThat(count("researchers")).isGreaterThanOrEqualTo(300);
		assertThat(count("institutions")).isGreaterThanOrEqualTo(40);
		assertThat(count("topics")).isGreaterThanOrEqualTo(60);
		assertThat(count("works")).isGreaterThanOrEqualTo(2000);
		assertThat(this.jdbc.sql("select distinct work_type from works").query(String.class).list()).contains("article",
				"preprint", "book-chapter", "dataset");
	}

	@Test
	void leavesSomeRecordsIncompleteLikeRealData() {
		assertThat(count("researchers where last_known_institution_id is null")).isGreaterThan(0);
		assertThat(count("researchers where orcid is null")).isGreaterThan(0);
		assertThat(count("researchers where open_to_collaborate")).isGreaterThan(0);
		assertThat(count("authorships where researcher_id is null")).isGreaterThan(0);
		assertThat(count("works where abstract is null")).isGreaterThan(0);
	}

	@Test
	void hasStableGroupsThatCollaborateAcrossInstitutions() {
		long crossInstitutionPairs = this.jdbc
			.sql("""
					select count(*) from (
					    select distinct a1.researcher_id, a2.researcher_id
					    from authorships a1 join authorships a2 on a1.work_id = a2.work_id and a1.researcher_id < a2.researcher_id
					    join researchers r1 on r1.id = a1.researcher_id join researchers r2 on r2.id = a2.researcher_id
					    where r1.last_known_institution_id <> r2.last_known_institution_id) pairs""")
			.query(Long.class)
			.single();
		long repeatedPairs = this.jdbc.sql("""
				select count(*) from (
				    select a1.researcher_id, a2.researcher_id from authorships a1
				    join authorships a2 on a1.work_id = a2.work_id and a1.researcher_id < a2.researcher_id
				    group by 1, 2 having count(*) >= 5) pairs""").query(Long.class).single();
		assertThat(crossInstitutionPairs).isGreaterThan(50);
		assertThat(repeatedPairs).isGreaterThan(50);
	}

	@Test
	void citationsAreHeavyTailedAndAddUpPerYear() {
		Map<String, Object> shape = this.jdbc.sql("""
				select percentile_cont(0.5) within group (order by cited_by_count) as median,
				       max(cited_by_count) as maximum from works""").query().singleRow();
		assertThat(((Number) shape.get("maximum")).doubleValue())
			.isGreaterThan(20 * ((Number) shape.get("median")).doubleValue());
		assertThat(count("""
				works w where cited_by_count <> (select coalesce(sum(cited_by_count), 0)
				                                 from work_citation_counts c where c.work_id = w.id)""")).isZero();
		assertThat(count("works where publication_date > date '2026-11-23'")).isZero();
	}

	@Test
	void namesAndTitlesAreVariedAndInvented() {
		assertThat(count("(select distinct display_name from researchers) names")).isEqualTo(count("researchers"));
		assertThat(count("(select distinct title from works) titles")).isEqualTo(count("works"));
		assertThat(count("researchers where display_name ~ '[0-9]'")).isZero();
		assertThat(count("works where doi is not null and doi not like '10.5555/%'")).isZero();
	}

	@Test
	void isTheSameForTheSameSeed() {
		List<Map<String, Object>> first = fingerprint();
		this.catalog.reset();
		generateDemo();
		assertThat(fingerprint()).isEqualTo(first);
	}

	@Test
	void generatesValidOrcidCheckDigits() {
		Set<String> seen = new HashSet<>();
		for (long i = 1; i <= 1000; i++) {
			String orcid = CatalogGenerator.orcid(i);
			assertThat(isValidOrcid(orcid)).as(orcid).isTrue();
			assertThat(seen.add(orcid)).as("distinct").isTrue();
		}
		assertThat(isValidOrcid("0000-0002-1825-0097")).isTrue();
		assertThat(isValidOrcid("0000-0002-1825-0098")).isFalse();
	}

	private List<Map<String, Object>> fingerprint() {
		return this.jdbc
			.sql("""
					select (select md5(string_agg(public_key || display_name || coalesce(orcid, ''), ',' order by id))
					        from researchers) as researchers,
					       (select md5(string_agg(title || cited_by_count || work_type, ',' order by id)) from works) as works,
					       (select md5(string_agg(work_id || ':' || author_order || raw_author_name, ','
					                   order by work_id, author_order)) from authorships) as authorships""")
			.query()
			.listOfRows();
	}

	private long count(String from) {
		return this.jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

	/** ISO 7064 11,2 as ORCID defines it. */
	private static boolean isValidOrcid(String orcid) {
		String digits = orcid.replace("-", "");
		int total = 0;
		for (int i = 0; i < 15; i++) {
			total = (total + (digits.charAt(i) - '0')) * 2;
		}
		int check = (12 - total % 11) % 11;
		return digits.charAt(15) == ((check == 10) ? 'X' : (char) ('0' + check));
	}

}
