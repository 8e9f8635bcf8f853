package org.peerscope.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Dispatches {@code java -jar peerscope.jar COMMAND ARGS...} to the command bean of that
 * name and reports its exit status.
 */
@Component
@Profile(CommandLine.PROFILE)
public class CommandLine implements ApplicationRunner, ExitCodeGenerator {

	/** Active when the application runs a command instead of serving the web. */
	public static final String PROFILE = "cli";

	/** Exit status for a command line that cannot be understood. */
	public static final int USAGE_ERROR = 2;

	private final Map<String, PeerscopeCommand> commands;

	private final PrintStream out;

	private int exitCode;

	CommandLine(List<PeerscopeCommand> commands) {
		this.commands = commands.stream().collect(Collectors.toMap(PeerscopeCommand::name, Function.identity()));
		this.out = System.out;
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		String[] args = arguments.getSourceArgs();
		PeerscopeCommand command = this.commands.get(args[0]);
		if (command == null) {
			this.out.println("Unknown command: " + args[0]);
			printUsage();
			this.exitCode = USAGE_ERROR;
			return;
		}
		List<String> commandArguments = Arrays.stream(args)
			.skip(1)
			.filter((argument) -> !isConfigurationProperty(argument))
			.toList();
		this.exitCode = command.run(commandArguments, this.out);
	}

	/**
	 * {@code --spring.datasource.url=...} and the like configure the application (Spring
	 * reads them); they are not the command's own arguments.
	 */
	static boolean isConfigurationProperty(String argument) {
		return argument.matches("--[A-Za-z0-9-]+(\\.[A-Za-z0-9-\\[\\]]+)+=.*");
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	private void printUsage() {
		this.out.println("Usage: java -jar peerscope.jar COMMAND [ARGS...]   (no command: run the web application)");
		this.commands.values()
			.stream()
			.sorted(Comparator.comparing(PeerscopeCommand::name))
			.forEach((command) -> this.out.printf("  %-12s %s%n", command.name(), command.summary()));
	}

}
