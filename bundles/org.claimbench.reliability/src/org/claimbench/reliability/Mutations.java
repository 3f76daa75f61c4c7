package org.claimbench.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of valid inputs: whole tokens (so the parser gets past the lexer and the linker
 * and validators see odd but well-formed models) and single characters or bytes (so the lexer and
 * the decoder see broken input). The same seed gives the same inputs, so a finding can be replayed.
 */
public final class Mutations {

	/** Strings with escapes, names, numbers, runs of white space, and any other single character. */
	private static final Pattern TOKEN = Pattern.compile("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|[\\p{L}_][\\p{L}\\p{N}_]*|\\d+|\\s+|.",
			Pattern.DOTALL);

	/** Characters that stress lexers, decoders and offsets. */
	private static final String ODD_CHARACTERS = "\"\\{}[]()<>&;:.,-=/*\n\r\t \u0000\u00e9\u2019\u201c\uFEFF\ud83c\uddfa";

	private final Random random;

	public Mutations(long seed) {
		this.random = new Random(seed);
	}

	public Random random() {
		return random;
	}

	public static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/** One to four token edits: delete, duplicate, swap, or insert or replace by a dictionary token. */
	public String mutateTokens(String text, List<String> dictionary) {
		List<String> tokens = tokens(text);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits; e++) {
			if (tokens.isEmpty()) {
				tokens.add(pick(dictionary));
				continue;
			}
			int at = random.nextInt(tokens.size());
			switch (random.nextInt(5)) {
				case 0 -> tokens.remove(at);
				case 1 -> tokens.add(at, tokens.get(at));
				case 2 -> {
					int other = random.nextInt(tokens.size());
					String swapped = tokens.get(at);
					tokens.set(at, tokens.get(other));
					tokens.set(other, swapped);
				}
				case 3 -> tokens.add(at, (random.nextBoolean() ? " " : "") + pick(dictionary));
				default -> tokens.set(at, pick(dictionary));
			}
		}
		return String.join("", tokens);
	}

	/** One to four character edits: delete, insert an odd character, swap neighbours, or duplicate a run. */
	public String mutateCharacters(String text) {
		StringBuilder result = new StringBuilder(text);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits; e++) {
			int at = result.isEmpty() ? 0 : random.nextInt(result.length());
			switch (random.nextInt(4)) {
				case 0 -> {
					if (!result.isEmpty()) {
						result.deleteCharAt(at);
					}
				}
				case 1 -> result.insert(at, ODD_CHARACTERS.charAt(random.nextInt(ODD_CHARACTERS.length())));
				case 2 -> {
					if (at + 1 < result.length()) {
						char c = result.charAt(at);
						result.setCharAt(at, result.charAt(at + 1));
						result.setCharAt(at + 1, c);
					}
				}
				default -> {
					int length = Math.min(result.length() - at, 1 + random.nextInt(40));
					result.insert(at, result.substring(at, at + length));
				}
			}
		}
		return result.toString();
	}

	/** One to four byte edits on the UTF-8 encoding, which may leave it malformed. */
	public byte[] mutateBytes(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits; e++) {
			if (bytes.length == 0) {
				bytes = new byte[] { (byte) random.nextInt(256) };
				continue;
			}
			int at = random.nextInt(bytes.length);
			switch (random.nextInt(3)) {
				case 0 -> bytes[at] = (byte) random.nextInt(256);
				case 1 -> {
					byte[] shorter = new byte[bytes.length - 1];
					System.arraycopy(bytes, 0, shorter, 0, at);
					System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
					bytes = shorter;
				}
				default -> {
					byte[] longer = new byte[bytes.length + 1];
					System.arraycopy(bytes, 0, longer, 0, at);
					longer[at] = (byte) random.nextInt(256);
					System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
					bytes = longer;
				}
			}
		}
		return bytes;
	}

	public String pick(List<String> items) {
		return items.get(random.nextInt(items.size()));
	}
}
