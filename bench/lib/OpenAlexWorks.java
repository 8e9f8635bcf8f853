import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N invented OpenAlex works as JSON Lines (the shape of the snapshot: authorships
 * with institutions, topics, abstract_inverted_index, counts_by_year, references) and the
 * same works and bylines as PostgreSQL COPY text files, the baseline of bench/import.sh.
 *
 * java bench/lib/OpenAlexWorks.java OUT_DIR N
 */
public class OpenAlexWorks {

	private static final String[] WORDS = { "graph", "neural", "network", "protein", "folding", "quantum", "error",
			"correction", "citation", "analysis", "sparse", "matrix", "learning", "climate", "model", "survey",
			"method", "data", "bayesian", "inference", "catalyst", "surface", "galaxy", "cluster" };

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int works = Integer.parseInt(args[1]);
		Files.createDirectories(out);
		Random random = new Random(42);
		int authors = Math.max(10, works / 5);
		try (BufferedWriter json = Files.newBufferedWriter(out.resolve("works.jsonl"), StandardCharsets.UTF_8);
				BufferedWriter copyWorks = Files.newBufferedWriter(out.resolve("works.copy"), StandardCharsets.UTF_8);
				BufferedWriter copyAuthorships = Files.newBufferedWriter(out.resolve("authorships.copy"),
						StandardCharsets.UTF_8);
				BufferedWriter copyAffiliations = Files.newBufferedWriter(out.resolve("authorship_institutions.copy"),
						StandardCharsets.UTF_8);
				BufferedWriter copyTopics = Files.newBufferedWriter(out.resolve("work_topics.copy"),
						StandardCharsets.UTF_8);
				BufferedWriter copyCitations = Files.newBufferedWriter(out.resolve("work_citation_counts.copy"),
						StandardCharsets.UTF_8);
				BufferedWriter copyReferences = Files.newBufferedWriter(out.resolve("work_references.copy"),
						StandardCharsets.UTF_8);
				BufferedWriter institutionsOut = Files.newBufferedWriter(out.resolve("institutions.copy"),
						StandardCharsets.UTF_8);
				BufferedWriter sourcesOut = Files.newBufferedWriter(out.resolve("sources.copy"), StandardCharsets.UTF_8);
				BufferedWriter topicsOut = Files.newBufferedWriter(out.resolve("topics.copy"), StandardCharsets.UTF_8)) {
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (int i = 1; i <= works; i++) {
				long id = 4_000_000_000L + i;
				int year = 1990 + random.nextInt(35);
				String date = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
				int cited = (int) Math.min(50_000, Math.exp(1.5 + 1.3 * random.nextGaussian()));
				StringBuilder title = new StringBuilder();
				for (int w = 0; w < 6 + random.nextInt(6); w++) {
					title.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
				}
				String doi = "10.5555/bench." + i;
				StringBuilder abstractText = new StringBuilder();
				StringBuilder index = new StringBuilder("{");
				int length = 60 + random.nextInt(80);
				java.util.Map<String, StringBuilder> positions = new java.util.LinkedHashMap<>();
				for (int p = 0; p < length; p++) {
					String word = WORDS[random.nextInt(WORDS.length)];
					abstractText.append(p == 0 ? "" : " ").append(word);
					positions.computeIfAbsent(word, (k) -> new StringBuilder()).append(
							positions.containsKey(word) && positions.get(word).length() > 0 ? "," : "").append(p);
				}
				positions.forEach((word, at) -> index.append(index.length() > 1 ? "," : "")
					.append('"')
					.append(word)
					.append("\":[")
					.append(at)
					.append(']'));
				index.append('}');
				int authorCount = 1 + random.nextInt(6);
				StringBuilder authorships = new StringBuilder("[");
				for (int a = 0; a < authorCount; a++) {
					long author = 5_000_000_000L + random.nextInt(authors);
					String name = "Author " + author;
					String position = (a == 0) ? "first" : (a == authorCount - 1) ? "last" : "middle";
					int institution = 100 + random.nextInt(500);
					if (seen.add("I" + institution)) {
						institutionsOut.write("I" + institution + "\tI" + institution + "\tInstitute " + institution
								+ "\tNL\teducation\n");
					}
					copyAffiliations.write("W" + id + "\t" + (a + 1) + "\tI" + institution + "\n");
					authorships.append(a == 0 ? "" : ",")
						.append("{\"author_position\":\"")
						.append(position)
						.append("\",\"author\":{\"id\":\"https://openalex.org/A")
						.append(author)
						.append("\",\"display_name\":\"")
						.append(name)
						.append("\"},\"institutions\":[{\"id\":\"https://openalex.org/I")
						.append(institution)
						.append("\",\"display_name\":\"Institute ")
						.append(institution)
						.append("\",\"country_code\":\"NL\",\"type\":\"education\"}],\"is_corresponding\":")
						.append(a == 0)
						.append(",\"raw_author_name\":\"")
						.append(name)
						.append("\"}");
					copyAuthorships.write("W" + id + "\t" + (a + 1) + "\t" + name + "\tA" + author + "\t" + position
							+ "\t" + (a == 0 ? "t" : "f") + "\n");
				}
				authorships.append(']');
				int source = 10 + random.nextInt(200);
				int topic = 10000 + random.nextInt(300);
				long referenced = 4_000_000_000L + random.nextInt(works) + 1;
				if (seen.add("S" + source)) {
					sourcesOut.write("S" + source + "\tS" + source + "\tJournal " + source + "\tjournal\n");
				}
				if (seen.add("T" + topic)) {
					topicsOut.write("T" + topic + "\tT" + topic + "\tTopic " + topic + "\n");
				}
				copyTopics.write("W" + id + "\tT" + topic + "\t0.9\tt\n");
				copyCitations.write("W" + id + "\t2024\t" + (cited / 3) + "\n");
				copyReferences.write("W" + id + "\tW" + referenced + "\n");
				json.write("{\"id\":\"https://openalex.org/W" + id + "\",\"doi\":\"https://doi.org/" + doi
						+ "\",\"title\":\"" + title + "\",\"display_name\":\"" + title + "\",\"publication_year\":"
						+ year + ",\"publication_date\":\"" + date + "\",\"type\":\"article\",\"language\":\"en\","
						+ "\"primary_location\":{\"source\":{\"id\":\"https://openalex.org/S" + source
						+ "\",\"display_name\":\"Journal " + source + "\",\"type\":\"journal\"}},"
						+ "\"authorships\":" + authorships + ",\"cited_by_count\":" + cited
						+ ",\"counts_by_year\":[{\"year\":2024,\"cited_by_count\":" + (cited / 3) + "}],"
						+ "\"primary_topic\":{\"id\":\"https://openalex.org/T" + topic + "\"},"
						+ "\"topics\":[{\"id\":\"https://openalex.org/T" + topic
						+ "\",\"display_name\":\"Topic " + topic + "\",\"score\":0.9}],"
						+ "\"referenced_works\":[\"https://openalex.org/W" + referenced
						+ "\"],\"related_works\":[],\"abstract_inverted_index\":" + index
						+ ",\"updated_date\":\"2025-01-01T00:00:00\"}\n");
				copyWorks.write("W" + id + "\tW" + id + "\t" + doi + "\t" + title + "\tarticle\t" + date + "\t" + year
						+ "\tS" + source + "\t" + abstractText + "\ten\t" + cited + "\n");
			}
		}
	}

}
