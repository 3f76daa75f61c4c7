package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * How good {@code track --suggest} is where the truth is known: a generated series in which later statements
 * reuse earlier sentences, lightly edited (a word inserted or replaced), beside new sentences that share stock
 * phrases ("reaffirmed their unwavering commitment to the alliance"). A suggestion is right when it links a
 * claim to a claim of the same sentence's lineage. The figures are printed and kept in benchmarks.md.
 */
class ReuseSuggestionQualityTest {

	private static final int STATEMENTS = 12;
	private static final int SENTENCES = 10;
	private static final String[] STOCK = { "reaffirmed their unwavering commitment to the alliance", "the two countries",
			"in the region and beyond" };

	@TempDir
	Path folder;

	private final Random random = new Random(20261203);
	/** Lineage of each claim, "dN.cK": the sentence it first appeared as. */
	private final Map<String, Integer> lineage = new HashMap<>();
	private int reused;

	@Test
	void suggestionsOnAGeneratedSeriesAreMostlyRightAndFindMostReuse() throws IOException {
		generate();
		ClaimBenchRun run = ClaimBenchRun.of("track", folder, "--suggest", "--format", "json");
		assertEquals(0, run.exitCode(), run.toString());
		int suggested = 0;
		int right = 0;
		for (JsonElement element : JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("suggestions")) {
			JsonObject suggestion = element.getAsJsonObject();
			suggested++;
			String claim = suggestion.get("document").getAsString() + "." + suggestion.get("claim").getAsString();
			String earlier = suggestion.has("earlierClaim")
					? suggestion.get("earlierDocument").getAsString() + "." + suggestion.get("earlierClaim").getAsString()
					: null;
			if (earlier != null && lineage.get(claim).equals(lineage.get(earlier))) {
				right++;
			}
		}
		double precision = suggested == 0 ? 0 : (double) right / suggested;
		double recall = (double) right / reused;
		System.out.printf("[reuse] %d statements, %d claims, %d reusing an earlier one; %d suggested, %d right: "
				+ "precision %.3f, recall %.3f%n", STATEMENTS, STATEMENTS * SENTENCES, reused, suggested, right, precision, recall);
		assertTrue(reused > 20, "the series reuses enough to measure: " + reused);
		assertTrue(precision >= 0.9, "precision " + precision);
		assertTrue(recall >= 0.9, "recall " + recall);
	}

	private void generate() throws IOException {
		Files.writeString(folder.resolve("s.cbschema"), "schema s\nactor kind State\nclaim kind Point is Assessment\n");
		Files.writeString(folder.resolve("actors.claims"), "register allies schema s\nactor Leaders : State\n");
		List<List<String>> sentences = new ArrayList<>();
		List<List<Integer>> origins = new ArrayList<>();
		int nextOrigin = 0;
		for (int s = 0; s < STATEMENTS; s++) {
			List<String> these = new ArrayList<>();
			List<Integer> theirOrigins = new ArrayList<>();
			for (int k = 0; k < SENTENCES; k++) {
				if (s > 0 && random.nextDouble() < 0.3) {
					int from = random.nextInt(s);
					int which = random.nextInt(SENTENCES);
					these.add(edit(sentences.get(from).get(which)));
					theirOrigins.add(origins.get(from).get(which));
					reused++;
				} else {
					these.add(newSentence());
					theirOrigins.add(nextOrigin++);
				}
			}
			sentences.add(these);
			origins.add(theirOrigins);
			write(s, these, theirOrigins);
		}
	}

	private void write(int s, List<String> these, List<Integer> theirOrigins) throws IOException {
		String name = "d" + (2001 + s);
		StringBuilder text = new StringBuilder();
		StringBuilder claims = new StringBuilder("document " + name + " date " + (2001 + s) + "-01-01 source \"" + name
				+ ".txt\" schema s\n");
		for (int k = 0; k < these.size(); k++) {
			int at = text.length();
			text.append(these.get(k)).append(". ");
			claims.append("claim c").append(k).append(" : Point by Leaders { quote \"").append(these.get(k)).append("\" at ")
					.append(at).append(" }\n");
			lineage.put(name + ".c" + k, theirOrigins.get(k));
		}
		Files.writeString(folder.resolve(name + ".txt"), text.append('\n').toString());
		Files.writeString(folder.resolve(name + ".claims"), claims.toString());
	}

	private String newSentence() {
		List<String> words = new ArrayList<>();
		int length = 10 + random.nextInt(9);
		for (int i = 0; i < length; i++) {
			words.add(word());
		}
		if (random.nextDouble() < 0.4) {
			words.add(random.nextInt(words.size()), STOCK[random.nextInt(STOCK.length)]);
		}
		return String.join(" ", words);
	}

	/** The light edit of a restatement: one word inserted, or one replaced. */
	private String edit(String sentence) {
		List<String> words = new ArrayList<>(List.of(sentence.split(" ")));
		int at = random.nextInt(words.size());
		if (random.nextBoolean()) {
			words.add(at, word());
		} else {
			words.set(at, word());
		}
		return String.join(" ", words);
	}

	private String word() {
		String consonants = "bdfgklmnprstvz";
		String vowels = "aeiou";
		StringBuilder word = new StringBuilder();
		for (int syllable = 0; syllable < 2 + random.nextInt(2); syllable++) {
			word.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
		}
		return word.toString();
	}
}
