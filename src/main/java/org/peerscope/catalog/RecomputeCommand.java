package org.peerscope.catalog;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.peerscope.cli.CommandLine;
import org.peerscope.cli.PeerscopeCommand;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar peerscope.jar recompute}: brings every derived figure (metrics, trust,
 * co-author weights, …) up to date with the catalogue, by announcing that all of it
 * changed.
 */
@Component
class RecomputeCommand implements PeerscopeCommand {

	private final ApplicationEventPublisher events;

	RecomputeCommand(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public String name() {
		return "recompute";
	}

	@Override
	public String summary() {
		return "recompute every derived figure (metrics, trust, co-author weights) from the catalogue";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (!arguments.isEmpty()) {
			out.println("recompute takes no arguments");
			return CommandLine.USAGE_ERROR;
		}
		long started = System.nanoTime();
		this.events.publishEvent(CatalogChanged.all());
		out.printf("Recomputed every derived figure in %d ms%n",
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		return 0;
	}

}
