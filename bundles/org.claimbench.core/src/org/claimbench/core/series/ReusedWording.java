package org.claimbench.core.series;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a short text (a claim's quote) reuses the wording of a longer one (an earlier statement), as
 * text-reuse tools do: both become runs of five words ("shingles"), compared after folding case, curly quotes,
 * ligatures and no-break spaces; the earlier text's words that the shared shingles cover form the reused passage.
 * Written here because no text-reuse library is on the target (passim, the field's tool, is a Spark job); the
 * method is described with {@code claimbench track --suggest} in the README.
 */
public final class ReusedWording {

	static final int SHINGLE = 5;
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

	/** The words of a text with their places in it (UTF-16 offsets, as anchors count). */
	record Words(List<String> folded, List<int[]> spans) {

		static Words of(String text) {
			List<String> folded = new ArrayList<>();
			List<int[]> spans = new ArrayList<>();
			Matcher word = WORD.matcher(text);
			while (word.find()) {
				folded.add(fold(word.group()));
				spans.add(new int[] { word.start(), word.end() });
			}
			return new Words(folded, spans);
		}

		int shingles() {
			return Math.max(0, folded.size() - SHINGLE + 1);
		}

		String shingle(int start) {
			return String.join(" ", folded.subList(start, start + SHINGLE));
		}
	}

	/** A stretch of the earlier text, {@code shared} of the quote's shingles out of {@code of}. */
	public record Passage(int start, int end, int shared, int of) {

		public double overlap() {
			return of == 0 ? 0 : (double) shared / of;
		}
	}

	private final String earlier;
	private final Words earlierWords;
	private final Map<String, List<Integer>> index = new HashMap<>();

	public ReusedWording(String earlierText) {
		this.earlier = earlierText;
		this.earlierWords = Words.of(earlierText);
		for (int i = 0; i < earlierWords.shingles(); i++) {
			index.computeIfAbsent(earlierWords.shingle(i), key -> new ArrayList<>()).add(i);
		}
	}

	public String earlierText() {
		return earlier;
	}

	/**
	 * The earlier passage that shares most of the quote's shingles, or null when fewer than {@code minShared} are
	 * shared. Shingles count only where they keep the quote's order, so scattered stock phrases do not add up.
	 */
	public Passage find(String quote, int minShared) {
		Words words = Words.of(quote);
		Map<Integer, Integer> votes = new HashMap<>();
		Map<Integer, int[]> reach = new HashMap<>();
		for (int i = 0; i < words.shingles(); i++) {
			for (int at : index.getOrDefault(words.shingle(i), List.of())) {
				// Aligned: the earlier shingle sits as far from the passage start as this one from the quote's start.
				int start = at - i;
				votes.merge(start, 1, Integer::sum);
				int[] span = reach.computeIfAbsent(start, key -> new int[] { Integer.MAX_VALUE, -1 });
				span[0] = Math.min(span[0], at);
				span[1] = Math.max(span[1], at + SHINGLE - 1);
			}
		}
		Integer best = votes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey((a, b) -> Integer.compare(b, a)))).map(Map.Entry::getKey).orElse(null);
		if (best == null || votes.get(best) < minShared) {
			return null;
		}
		int[] span = reach.get(best);
		return new Passage(earlierWords.spans().get(span[0])[0], earlierWords.spans().get(span[1])[1], votes.get(best),
				words.shingles());
	}

	static String fold(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFKC).replace('’', '\'').toLowerCase(Locale.ROOT);
	}
}
