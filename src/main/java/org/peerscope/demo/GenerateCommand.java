package org.peerscope.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.peerscope.catalog.CatalogChanged;
import org.peerscope.cli.CommandLine;
import org.peerscope.cli.PeerscopeCommand;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar peerscope.jar generate --researchers 200000 --works 1000000 [--seed N]}:
 * writes an invented catalogue of that size into an empty database (for benchmarks), then
 * brings every derived figure up to date.
 */
@Component
class GenerateCommand implements PeerscopeCommand {

	static final String USAGE = "usage: generate --researchers N --works M [--seed S]   (into an empty database)";

	private final CatalogGenerator generator;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final Clock clock;

	GenerateCommand(CatalogGenerator generator, ApplicationEventPublisher events, TransactionTemplate transactions,
			JdbcClient jdbc, Clock clock) {
		this.generator = generator;
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String summary() {
		return "write an invented catalogue of a given size into an empty database (benchmarks)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		Options options;
		try {
			options = Options.parse(arguments);
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			out.println(USAGE);
			return CommandLine.USAGE_ERROR;
		}
		long started = System.nanoTime();
		try {
			this.transactions.executeWithoutResult((status) -> this.generator.generate(options.seed(), options.sizes(),
					LocalDate.now(this.clock), (line) -> out.println("  " + line)));
		}
		catch (IllegalStateException ex) {
			out.println(ex.getMessage());
			return 1;
		}
		long generated = System.nanoTime();
		out.printf("Generated in %d s; analysing tables and computing derived figures…%n",
				Duration.ofNanos(generated - started).toSeconds());
		this.jdbc.sql("analyze").update();
		this.events.publishEvent(CatalogChanged.all());
		out.printf("Computed the derived figures (metrics and the like) in %d s%n",
				Duration.ofNanos(System.nanoTime() - generated).toSeconds());
		return 0;
	}

	record Options(CatalogGenerator.Sizes sizes, long seed) {

		static Options parse(List<String> arguments) {
			Integer researchers = null;
			Integer works = null;
			long seed = 1;
			for (int i = 0; i < arguments.size(); i++) {
				String option = arguments.get(i);
				String value = (option.contains("=")) ? option.substring(option.indexOf('=') + 1)
						: (i + 1 < arguments.size()) ? arguments.get(++i) : null;
				String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
				if (value == null) {
					throw new IllegalArgumentException(name + " needs a value");
				}
				switch (name) {
					case "--researchers" -> researchers = number(name, value);
					case "--works" -> works = number(name, value);
					case "--seed" -> seed = number(name, value);
					default -> throw new IllegalArgumentException("unknown option " + name);
				}
			}
			if (researchers == null || works == null) {
				throw new IllegalArgumentException("--researchers and --works are required");
			}
			return new Options(new CatalogGenerator.Sizes(researchers, works), seed);
		}

		private static int number(String name, String value) {
			try {
				int number = Integer.parseInt(value.replace("_", "").replace(",", ""));
				if (number < 0) {
					throw new NumberFormatException();
				}
				return number;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(name + " takes a positive whole number, not '" + value + "'");
			}
		}

	}

}
