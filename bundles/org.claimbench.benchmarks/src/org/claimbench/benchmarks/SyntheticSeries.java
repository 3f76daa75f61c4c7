package org.claimbench.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic series of statements for {@code track}: each statement a text of about 10 KB (so 1,000
 * of them hold 10 MB) with ten coded pledges; in later statements three in ten pledges restate an earlier one
 * with a word changed, and half of those carry a {@code reaffirms} relation to it, so there are chains to follow
 * and reuse left to suggest.
 */
final class SyntheticSeries {

	private static final int SENTENCES = 66;
	private static final int CLAIMS = 10;

	private final Random random = new Random(42);
	private final List<List<String>> pledges = new ArrayList<>();

	/** Writes the series into the folder (kept when it is there already) and returns the text bytes written. */
	long write(Path folder, int statements) throws IOException {
		if (Files.isRegularFile(folder.resolve("s" + (statements - 1) + ".claims"))) {
			return textBytes(folder);
		}
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("series.cbschema"), """
				schema series
				actor kind State
				claim kind Pledge is Commitment
				relation kind reaffirms from Commitment to Commitment
				""");
		Files.writeString(folder.resolve("actors.claims"), "register parties schema series\nactor Parties : State\n");
		for (int s = 0; s < statements; s++) {
			writeStatement(folder, s);
		}
		return textBytes(folder);
	}

	private void writeStatement(Path folder, int s) throws IOException {
		StringBuilder text = new StringBuilder();
		StringBuilder claims = new StringBuilder(String.format("document s%d date %s source \"s%d.txt\" schema series\n", s,
				java.time.LocalDate.of(2000, 1, 1).plusDays(s), s));
		StringBuilder relations = new StringBuilder();
		List<String> these = new ArrayList<>();
		for (int k = 0; k < SENTENCES; k++) {
			String sentence;
			if (k < CLAIMS && s > 0 && random.nextDouble() < 0.3) {
				int from = random.nextInt(s);
				int which = random.nextInt(CLAIMS);
				sentence = edit(pledges.get(from).get(which));
				if (random.nextBoolean()) {
					relations.append("relation reaffirms c").append(k).append(" -> s").append(from).append(".c").append(which)
							.append('\n');
				}
			} else {
				sentence = sentence();
			}
			if (k < CLAIMS) {
				these.add(sentence);
				claims.append("claim c").append(k).append(" : Pledge by Parties { quote \"").append(sentence).append("\" at ")
						.append(text.length()).append(" }\n");
			}
			text.append(sentence).append(k % 6 == 5 ? ".\n\n" : ". ");
		}
		pledges.add(these);
		Files.writeString(folder.resolve("s" + s + ".txt"), text, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("s" + s + ".claims"), claims.append(relations), StandardCharsets.UTF_8);
	}

	private String sentence() {
		List<String> words = new ArrayList<>();
		for (int i = 0, n = 20 + random.nextInt(10); i < n; i++) {
			words.add(word());
		}
		return String.join(" ", words);
	}

	private String edit(String sentence) {
		List<String> words = new ArrayList<>(List.of(sentence.split(" ")));
		words.set(random.nextInt(words.size()), word());
		return String.join(" ", words);
	}

	private String word() {
		String consonants = "bdfgklmnprstvz";
		String vowels = "aeiou";
		StringBuilder word = new StringBuilder();
		for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
			word.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
		}
		return word.toString();
	}

	private static long textBytes(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(".txt")).mapToLong(f -> f.toFile().length()).sum();
		}
	}
}
