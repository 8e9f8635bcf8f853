package org.peerscope;

import org.peerscope.cli.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application, or, when the first argument names a command
 * ({@code import}, {@code recompute}, …), runs that command without a web server and
 * exits with its status.
 */
@SpringBootApplication
public class PeerscopeApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PeerscopeApplication.class);
		if (CommandLine.isCommand(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setAdditionalProfiles(CommandLine.PROFILE);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
