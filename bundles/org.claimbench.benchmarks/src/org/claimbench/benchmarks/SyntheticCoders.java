package org.claimbench.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes two coders' documents over each of many statements for {@code agree}: coder A codes every sentence of a
 * 100-sentence text as an assessment with a valence; coder B agrees on most and differs as coders do, seeded so the
 * figures repeat: one claim in ten ends a word early, one in ten has another valence, one in ten is left out, and
 * one statement in four has a relation only B drew.
 */
final class SyntheticCoders {

	static final int CLAIMS = 100;
	private static final String[] VALENCES = { "negative", "neutral", "positive" };

	private final Random random = new Random(7);

	/** Writes the pairs into the folder (kept when it is there already) and returns the number of documents. */
	int write(Path folder, int statements) throws IOException {
		if (Files.isRegularFile(folder.resolve("s" + (statements - 1) + ".b.claims"))) {
			return 2 * statements;
		}
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("coders.cbschema"), """
				schema coders
				actor kind State
				enum Valence { negative neutral positive }
				claim kind Judgement is Assessment { valence: Valence required }
				relation kind elaborates from Assessment to Assessment
				""");
		for (int s = 0; s < statements; s++) {
			writeStatement(folder, s);
		}
		return 2 * statements;
	}

	private void writeStatement(Path folder, int s) throws IOException {
		StringBuilder text = new StringBuilder();
		StringBuilder a = header(s, "A");
		StringBuilder b = header(s, "B");
		List<Integer> kept = new ArrayList<>();
		for (int k = 0; k < CLAIMS; k++) {
			String sentence = sentence();
			int at = text.length();
			text.append(sentence).append(k % 8 == 7 ? ".\n\n" : ". ");
			String valence = VALENCES[random.nextInt(VALENCES.length)];
			a.append(claim(k, valence, sentence, at));
			int difference = random.nextInt(10);
			if (difference == 0) {
				continue; // B left it out
			}
			String quote = difference == 1 ? sentence.substring(0, sentence.lastIndexOf(' ')) : sentence;
			String bValence = difference == 2 ? VALENCES[(java.util.Arrays.asList(VALENCES).indexOf(valence) + 1) % 3] : valence;
			b.append(claim(k, bValence, quote, at));
			kept.add(k);
		}
		// Between two claims B coded: a relation to a claim B left out would be a linking error, not a difference.
		if (s % 4 == 0) {
			b.append("relation elaborates c" + kept.get(0) + " -> c" + kept.get(1) + "\n");
		}
		Files.writeString(folder.resolve("s" + s + ".txt"), text, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("s" + s + ".a.claims"), a, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("s" + s + ".b.claims"), b, StandardCharsets.UTF_8);
	}

	private static StringBuilder header(int s, String coder) {
		return new StringBuilder(String.format("document s%d_%s source \"s%d.txt\" coder \"%s\" schema coders\nactor Parties : State\n",
				s, coder.toLowerCase(), s, coder));
	}

	private static String claim(int k, String valence, String quote, int at) {
		return "claim c" + k + " : Judgement by Parties { valence " + valence + " quote \"" + quote + "\" at " + at + " }\n";
	}

	private String sentence() {
		StringBuilder sentence = new StringBuilder();
		for (int i = 0, n = 8 + random.nextInt(8); i < n; i++) {
			if (i > 0) {
				sentence.append(' ');
			}
			for (int c = 0, letters = 2 + random.nextInt(7); c < letters; c++) {
				sentence.append((char) ('a' + random.nextInt(26)));
			}
		}
		return sentence.toString();
	}
}
