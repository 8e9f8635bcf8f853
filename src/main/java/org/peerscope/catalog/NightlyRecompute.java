package org.peerscope.catalog;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Some derived figures depend on the date, not only on the catalogue (the two-year
 * citedness window, a record's age in the trust score), so every night they are brought
 * up to date — on one node only, whatever the number of nodes.
 */
@Component
public class NightlyRecompute {

	static final String LOCK_NAME = "nightly-recompute";

	private static final Log logger = LogFactory.getLog(NightlyRecompute.class);

	private final ApplicationEventPublisher events;

	NightlyRecompute(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Scheduled(cron = "${peerscope.recompute.cron}", zone = "UTC")
	@SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "PT1M")
	public void run() {
		logger.info("Nightly recompute of every derived figure");
		this.events.publishEvent(CatalogChanged.all());
	}

}
