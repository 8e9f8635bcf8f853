package org.peerscope.metrics;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.peerscope.cli.CommandLine;
import org.peerscope.cli.PeerscopeCommand;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar peerscope.jar recompute}: recomputes every researcher's figures.
 */
@Component
class RecomputeCommand implements PeerscopeCommand {

	private final ResearcherMetricsService metrics;

	RecomputeCommand(ResearcherMetricsService metrics) {
		this.metrics = metrics;
	}

	@Override
	public String name() {
		return "recompute";
	}

	@Override
	public String summary() {
		return "recompute every researcher's metrics from the works in the database";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (!arguments.isEmpty()) {
			out.println("recompute takes no arguments");
			return CommandLine.USAGE_ERROR;
		}
		long started = System.nanoTime();
		long researchers = this.metrics.recomputeAll();
		out.printf("Recomputed %d researchers in %d ms%n", researchers,
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		return 0;
	}

}
