package org.peerscope.collaboration;

import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Researchers with accounts that own them (an approved claim, straight in SQL), for the
 * collaboration tests.
 */
final class CollaborationFixture {

	private final TestCatalog catalog;

	private final TestAccounts accounts;

	CollaborationFixture(TestCatalog catalog, TestAccounts accounts) {
		this.catalog = catalog;
		this.accounts = accounts;
	}

	/** A researcher owned by a new verified account, open to collaborate or not. */
	Person owner(String name, boolean open) {
		var researcher = this.catalog.researcher(name);
		if (open) {
			researcher.openToCollaborate();
		}
		long researcherId = researcher.insert();
		String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "@example.org";
		long accountId = this.accounts.verified(email, name);
		claim(accountId, researcherId);
		return new Person(accountId, researcherId, this.catalog.keyOfResearcher(researcherId), email, name);
	}

	/** A verified account that owns no profile. */
	Person unclaimed(String name) {
		String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "@example.org";
		return new Person(this.accounts.verified(email, name), null, null, email, name);
	}

	/** A researcher nobody owns. */
	Person researcherOnly(String name, boolean open) {
		var researcher = this.catalog.researcher(name);
		if (open) {
			researcher.openToCollaborate();
		}
		long id = researcher.insert();
		return new Person(null, id, this.catalog.keyOfResearcher(id), null, name);
	}

	void claim(long accountId, long researcherId) {
		jdbc().sql("""
				insert into claims (account_id, researcher_id, status, route, level, decided_at)
				values (?, ?, 'APPROVED', 'REVIEW', 3, now())
				""").params(accountId, researcherId).update();
	}

	JdbcClient jdbc() {
		return this.catalog.jdbc();
	}

	long count(String table) {
		return jdbc().sql("select count(*) from " + table).query(Long.class).single();
	}

	record Person(Long accountId, Long researcherId, String key, String email, String name) {

		long id() {
			return this.accountId;
		}

	}

}
