package org.peerscope.web;

import java.util.Optional;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.peerscope.account.AccountDeleted;
import org.peerscope.catalog.CatalogChanged;
import org.peerscope.claim.AuthorshipDisputed;
import org.peerscope.claim.ClaimDecided;
import org.peerscope.claim.OwnerProfileChanged;
import org.peerscope.follow.FollowChanged;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Turns the changes this process makes into {@link PageChange}s: drops what they make
 * outdated from this node's page cache, and announces them to every other process on the
 * database (PostgreSQL {@code NOTIFY} on {@link #CHANNEL}), whose
 * {@link PageChangeListener} drops the same there. Runs in every process, an import from
 * the command line too, and whether or not this node keeps pages itself.
 *
 * <p>
 * Each change is applied and announced when it is made and once more when the request
 * that made it ends: other listeners of the same event (metrics, trust) update figures
 * after this one may have run, and a page rendered in between would show the figures
 * before them.
 */
@Component
class PageChanges {

	/** The notification channel every node listens on. */
	static final String CHANNEL = "peerscope_page_changes";

	private static final Log logger = LogFactory.getLog(PageChanges.class);

	/** Tells this process's own announcements apart from other nodes'. */
	private final String nodeId = UUID.randomUUID().toString();

	private final ObjectProvider<AnonymousPageCache> localCache;

	private final JdbcClient jdbc;

	PageChanges(ObjectProvider<AnonymousPageCache> localCache, JdbcClient jdbc) {
		this.localCache = localCache;
		this.jdbc = jdbc;
	}

	/** An announcement as it travels: this node's id, a space, the change. */
	private String announcement(PageChange change) {
		return this.nodeId + " " + change.text();
	}

	/**
	 * The change an announcement heard on {@link #CHANNEL} names; empty for this node's
	 * own (already applied here) and for anything that is no announcement.
	 */
	Optional<PageChange> announcedElsewhere(String announcement) {
		int space = announcement.indexOf(' ');
		if (space < 0 || announcement.substring(0, space).equals(this.nodeId)) {
			return Optional.empty();
		}
		return PageChange.parse(announcement.substring(space + 1));
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void catalogChanged(CatalogChanged event) {
		// Imports change co-author lists and figures on other researchers' pages too.
		nowAndAtEndOfRequest(PageChange.everything());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void claimDecided(ClaimDecided event) {
		// Trust scores of the researcher's co-authors follow the claim too.
		nowAndAtEndOfRequest(PageChange.everything());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void authorshipDisputed(AuthorshipDisputed event) {
		nowAndAtEndOfRequest(PageChange.researcher(event.researcherId()));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void followChanged(FollowChanged event) {
		nowAndAtEndOfRequest(PageChange.researcher(event.researcherId()));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void ownerProfileChanged(OwnerProfileChanged event) {
		nowAndAtEndOfRequest(PageChange.researcher(event.researcherId()));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void accountDeleted(AccountDeleted event) {
		// Its follows and claims went with it, wherever they showed.
		nowAndAtEndOfRequest(PageChange.everything());
	}

	private void nowAndAtEndOfRequest(PageChange change) {
		apply(change);
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.registerDestructionCallback("peerscope.pageChange." + change.text(), () -> apply(change),
					RequestAttributes.SCOPE_REQUEST);
		}
	}

	private void apply(PageChange change) {
		this.localCache.ifAvailable((cache) -> cache.drop(change));
		try {
			this.jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, announcement(change)).query().singleRow();
		}
		catch (DataAccessException ex) {
			// The change itself is made; other nodes show it once their kept pages
			// expire.
			logger.warn("Could not announce a page change to other app nodes: " + ex.getMessage());
		}
	}

}
