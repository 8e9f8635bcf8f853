package org.peerscope.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command run as {@code java -jar peerscope.jar NAME ARGS...}. Commands are beans; the
 * dispatcher finds them by {@link #name()}.
 */
public interface PeerscopeCommand {

	String name();

	/** One line for the usage listing. */
	String summary();

	/**
	 * Runs the command with the arguments after its name, less the configuration
	 * properties ({@code --peerscope.x=y}) that Spring has already applied. Option names
	 * of commands therefore never contain a dot.
	 * @return the process exit status: 0 for success
	 */
	int run(List<String> arguments, PrintStream out) throws Exception;

}
