package org.peerscope.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

	@Test
	void tellsCommandsFromTheWebApplication() {
		assertThat(CommandLine.isCommand(new String[] { "import", "openalex", "x.jsonl" })).isTrue();
		assertThat(CommandLine.isCommand(new String[0])).isFalse();
		assertThat(CommandLine.isCommand(new String[] { "--server.port=9090" })).isFalse();
	}

	@Test
	void passesTheCommandItsOwnArgumentsOnly() throws Exception {
		RecordingCommand command = new RecordingCommand();
		CommandLine commandLine = new CommandLine(List.of(command));
		commandLine.run(new DefaultApplicationArguments("generate", "--researchers", "200",
				"--peerscope.database.embedded.port=0", "--spring.datasource.url=jdbc:x", "--seed=7"));
		assertThat(command.received).containsExactly("--researchers", "200", "--seed=7");
		assertThat(commandLine.getExitCode()).isEqualTo(3);
	}

	@Test
	void unknownCommandsExitWithAUsageError() throws Exception {
		CommandLine commandLine = new CommandLine(List.of(new RecordingCommand()));
		commandLine.run(new DefaultApplicationArguments("frobnicate"));
		assertThat(commandLine.getExitCode()).isEqualTo(CommandLine.USAGE_ERROR);
	}

	static class RecordingCommand implements PeerscopeCommand {

		final List<String> received = new ArrayList<>();

		@Override
		public String name() {
			return "generate";
		}

		@Override
		public String summary() {
			return "records its arguments";
		}

		@Override
		public int run(List<String> arguments, PrintStream out) {
			this.received.addAll(arguments);
			return 3;
		}

	}

}
