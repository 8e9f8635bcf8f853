package org.peerscope.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.peerscope.cli.CommandLine;
import org.peerscope.cli.PeerscopeCommand;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar peerscope.jar import openalex|arxiv [--strict] [--rejects FILE]
 * PATH...}: imports files or folders (walked recursively) and exits.
 */
@Component
class ImportCommand implements PeerscopeCommand {

	static final String USAGE = """
			usage: import openalex [--strict] [--rejects FILE] PATH...   OpenAlex snapshot folders, API responses, .jsonl/.json/.gz
			       import arxiv [--strict] [--rejects FILE] PATH...      arXiv metadata snapshot (JSON Lines)
			       import openalex-api --author A5023888391 | --orcid 0000-0001-6187-6610
			                                                    an author and all their works from the OpenAlex API
			  --strict          stop at the first bad record (default: report it and go on)
			  --rejects FILE    where to write the bad records report (default: import-rejects.txt, only if any)""";

	private static final int REJECTS_SHOWN = 10;

	private final ImportService imports;

	private final OpenAlexApiClient api;

	ImportCommand(ImportService imports, OpenAlexApiClient api) {
		this.imports = imports;
		this.api = api;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "import OpenAlex or arXiv data: import openalex|arxiv PATH... or import openalex-api --author ID";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) throws IOException {
		if (arguments.isEmpty()) {
			out.println(USAGE);
			return CommandLine.USAGE_ERROR;
		}
		if (arguments.get(0).equals("openalex-api")) {
			return runApi(arguments.subList(1, arguments.size()), out);
		}
		ImportService.Format format = switch (arguments.get(0)) {
			case "openalex" -> ImportService.Format.OPENALEX;
			case "arxiv" -> ImportService.Format.ARXIV;
			default -> null;
		};
		if (format == null) {
			out.println("Unknown source: " + arguments.get(0));
			out.println(USAGE);
			return CommandLine.USAGE_ERROR;
		}
		boolean strict = false;
		Path rejectsFile = Path.of("import-rejects.txt");
		List<Path> paths = new ArrayList<>();
		for (int i = 1; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--strict")) {
				strict = true;
			}
			else if (argument.equals("--rejects") && i + 1 < arguments.size()) {
				rejectsFile = Path.of(arguments.get(++i));
			}
			else if (argument.startsWith("--rejects=")) {
				rejectsFile = Path.of(argument.substring("--rejects=".length()));
			}
			else if (argument.startsWith("--")) {
				out.println("Unknown option: " + argument);
				out.println(USAGE);
				return CommandLine.USAGE_ERROR;
			}
			else {
				paths.add(Path.of(argument));
			}
		}
		if (paths.isEmpty()) {
			out.println("No PATH given.");
			out.println(USAGE);
			return CommandLine.USAGE_ERROR;
		}
		for (Path path : paths) {
			if (!Files.exists(path)) {
				out.println("No such file or folder: " + path);
				return CommandLine.USAGE_ERROR;
			}
		}
		ConsoleProgress progress = new ConsoleProgress(out, System.console() != null, "import " + arguments.get(0));
		ImportSummary summary = this.imports.importPaths(format, paths, new ImportService.Options(strict), progress);
		printSummary(summary, out);
		if (summary.rejected() > 0) {
			writeRejects(summary, rejectsFile);
			out.println("Bad records reported in " + rejectsFile.toAbsolutePath());
		}
		if (!summary.completed()) {
			out.println("Stopped at the first bad record (--strict); what was before it is imported. "
					+ "Fix the input and run the same command again to go on.");
			return 1;
		}
		return 0;
	}

	private int runApi(List<String> arguments, PrintStream out) throws IOException {
		String author = null;
		boolean orcid = false;
		for (int i = 0; i < arguments.size(); i++) {
			String option = arguments.get(i);
			String value = option.contains("=") ? option.substring(option.indexOf('=') + 1)
					: (i + 1 < arguments.size()) ? arguments.get(++i) : null;
			String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
			if (name.equals("--author") && value != null && Identifiers.openalex(value, 'A') != null
					&& author == null) {
				author = Identifiers.openalex(value, 'A');
			}
			else if (name.equals("--orcid") && value != null && Identifiers.orcid(value) != null && author == null) {
				author = Identifiers.orcid(value);
				orcid = true;
			}
			else {
				out.println("Give one --author OPENALEX_ID (A…) or --orcid ORCID_ID, not " + option);
				out.println(USAGE);
				return CommandLine.USAGE_ERROR;
			}
		}
		if (author == null) {
			out.println(USAGE);
			return CommandLine.USAGE_ERROR;
		}
		Path folder = Files.createTempDirectory("peerscope-openalex-api-");
		try {
			List<Path> files;
			try {
				files = this.api.download(author, orcid, folder);
			}
			catch (OpenAlexApiClient.ApiException ex) {
				out.println(ex.getMessage());
				return 1;
			}
			out.printf("Fetched %s and %d pages of works from the OpenAlex API%n", author, files.size() - 1);
			ImportSummary summary = this.imports.importPaths(ImportService.Format.OPENALEX, List.of(folder),
					ImportService.Options.DEFAULT, ImportProgress.NONE);
			printSummary(summary, out);
			return summary.completed() ? 0 : 1;
		}
		finally {
			try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	static void printSummary(ImportSummary summary, PrintStream out) {
		out.printf(
				"%s %d files in %.1f s: %,d records read (%,.0f/s), %,d inserted, %,d updated, %,d unchanged, "
						+ "%,d rejected%s%n",
				summary.completed() ? "Imported" : "Partly imported", summary.files(),
				summary.duration().toMillis() / 1000.0, summary.read(), summary.rate(), summary.inserted(),
				summary.updated(), summary.unchanged(), summary.rejected(),
				(summary.skipped() > 0)
						? ", " + String.format("%,d", summary.skipped()) + " skipped (entities Peerscope does not keep)"
						: "");
		if (summary.resumed()) {
			out.println("Resumed an interrupted import of the same files.");
		}
		summary.warnings().forEach((warning) -> out.println("Warning: " + warning));
		summary.rejects().stream().limit(REJECTS_SHOWN).forEach((reject) -> out.println("  rejected " + reject));
		if (summary.rejected() > REJECTS_SHOWN) {
			out.printf("  … and %,d more%n", summary.rejected() - REJECTS_SHOWN);
		}
	}

	private static void writeRejects(ImportSummary summary, Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		summary.rejects().forEach((reject) -> lines.add(reject.toString()));
		if (summary.rejected() > summary.rejects().size()) {
			lines.add("… " + (summary.rejected() - summary.rejects().size()) + " more not listed");
		}
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

}
