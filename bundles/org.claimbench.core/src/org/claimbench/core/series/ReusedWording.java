package org.claimbench.core.series;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a short text (a claim's quote) reuses the wording of earlier, longer ones (the statements of a
 * series), as text-reuse tools do: all become runs of five words ("shingles"), compared after folding case,
 * curly quotes, ligatures and no-break spaces; the earlier words that the shared shingles cover form the reused
 * passage. One index holds the shingles of every text, so a series is read once however many quotes are looked
 * up. Written here because no text-reuse library is on the target (passim, the field's tool, is a Spark job);
 * the method is described with {@code claimbench track --suggest} in the README.
 */
public final class ReusedWording {

	private static final int SHINGLE = 5;
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++(?:['’-][\\p{L}\\p{N}]++)*+");

	/** A stretch of text {@code text}, {@code shared} of the quote's shingles out of {@code of}. */
	public record Passage(int text, int start, int end, int shared, int of) {

		public double overlap() {
			return of == 0 ? 0 : (double) shared / of;
		}
	}

	private final List<String> texts;
	/** Per text, the start and end offset of each word. */
	private final List<int[]> starts = new ArrayList<>();
	private final List<int[]> ends = new ArrayList<>();
	/** Shingle hash to the places it occurs: text index in the high half, word index in the low half. */
	private final Map<Long, Places> index = new HashMap<>();

	/** A growing list of places, unboxed: a series has millions of shingles. */
	private static final class Places {
		long[] items = new long[1];
		int size;

		void add(long place) {
			if (size == items.length) {
				items = Arrays.copyOf(items, size * 2);
			}
			items[size++] = place;
		}
	}

	private static final Places NOWHERE = new Places();

	/** Indexes the texts; a null text (a source that cannot be read) is indexed as empty. */
	public ReusedWording(List<String> texts) {
		this.texts = texts;
		for (int t = 0; t < texts.size(); t++) {
			String text = texts.get(t) == null ? "" : texts.get(t);
			List<int[]> spans = new ArrayList<>();
			long[] hashes = wordHashes(text, spans);
			starts.add(spans.stream().mapToInt(span -> span[0]).toArray());
			ends.add(spans.stream().mapToInt(span -> span[1]).toArray());
			for (int i = 0; i + SHINGLE <= hashes.length; i++) {
				long place = ((long) t << 32) | i;
				index.computeIfAbsent(shingle(hashes, i), key -> new Places()).add(place);
			}
		}
	}

	public String text(int text) {
		return texts.get(text);
	}

	/**
	 * The passage of a text before {@code before} that shares most of the quote's shingles (the later text wins a
	 * tie), or null when fewer than {@code minShared} are shared. Shingles count only where they keep the quote's
	 * order, so scattered stock phrases do not add up.
	 */
	public Passage find(String quote, int minShared, int before) {
		long[] words = wordHashes(quote, null);
		int shingles = Math.max(0, words.length - SHINGLE + 1);
		// Keyed by text and aligned start: the earlier shingle sits as far from the passage start as this one from the quote's.
		Map<Long, int[]> votes = new HashMap<>();
		for (int i = 0; i < shingles; i++) {
			Places places = index.getOrDefault(shingle(words, i), NOWHERE);
			for (int p = 0; p < places.size; p++) {
				long place = places.items[p];
				int text = (int) (place >>> 32);
				int at = (int) place;
				if (text >= before) {
					continue;
				}
				int[] vote = votes.computeIfAbsent(((long) text << 32) | (at - i + Integer.MAX_VALUE / 2),
						key -> new int[] { 0, Integer.MAX_VALUE, -1 });
				vote[0]++;
				vote[1] = Math.min(vote[1], at);
				vote[2] = Math.max(vote[2], at + SHINGLE - 1);
			}
		}
		Passage best = null;
		for (Map.Entry<Long, int[]> vote : votes.entrySet()) {
			int text = (int) (vote.getKey() >>> 32);
			int[] count = vote.getValue();
			if (count[0] >= minShared && (best == null || count[0] > best.shared()
					|| count[0] == best.shared() && text > best.text())) {
				best = new Passage(text, starts.get(text)[count[1]], ends.get(text)[count[2]], count[0], shingles);
			}
		}
		return best;
	}

	private static long[] wordHashes(String text, List<int[]> spans) {
		List<Long> hashes = new ArrayList<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			hashes.add(hash(fold(word.group())));
			if (spans != null) {
				spans.add(new int[] { word.start(), word.end() });
			}
		}
		return hashes.stream().mapToLong(Long::longValue).toArray();
	}

	/** 64 bits per word, combined per shingle: collisions are negligible at the size of a series. */
	private static long hash(String word) {
		long hash = 1125899906842597L;
		for (int i = 0; i < word.length(); i++) {
			hash = 31 * hash + word.charAt(i);
		}
		return hash;
	}

	private static long shingle(long[] words, int start) {
		long hash = 0;
		for (int i = start; i < start + SHINGLE; i++) {
			hash = hash * 0x9E3779B97F4A7C15L + words[i];
		}
		return hash;
	}

	private static String fold(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFKC).replace('’', '\'').toLowerCase(Locale.ROOT);
	}
}
