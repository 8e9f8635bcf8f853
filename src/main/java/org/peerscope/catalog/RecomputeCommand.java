package org.peerscope.catalog;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.peerscope.catalog.CatalogChanged;
import org.peerscope.cli.CommandLine;
import org.peerscope.cli.PeerscopeCommand;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar peerscope.jar recompute}: recomputes every researcher's derived
 * figures, by announcing that the whole catalogue changed: the metrics first, then
 * everything derived from them (trust scores and the rest).
 */
@Component
class RecomputeCommand implements PeerscopeCommand {

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	RecomputeCommand(ApplicationEventPublisher events, JdbcClient jdbc) {
		this.events = events;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "recompute";
	}

	@Override
	public String summary() {
		return "recompute every researcher's metrics and trust score from the works in the database";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (!arguments.isEmpty()) {
			out.println("recompute takes no arguments");
			return CommandLine.USAGE_ERROR;
		}
		long started = System.nanoTime();
		this.events.publishEvent(CatalogChanged.all());
		long researchers = this.jdbc.sql("select count(*) from researchers").query(Long.class).single();
		out.printf("Recomputed %d researchers in %d ms%n", researchers,
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		return 0;
	}

}
