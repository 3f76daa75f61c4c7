package org.claimbench.reliability.jazzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.claimbench.core.anchor.AnchorRelocator;
import org.claimbench.core.anchor.AnchorSpan;
import org.claimbench.core.anchor.Placement;
import org.claimbench.dsl.source.AnchorMatcher;
import org.claimbench.dsl.source.AnchorPlaces;
import org.claimbench.dsl.source.UniqueContext;
import org.claimbench.reliability.AnchorFuzz;
import org.claimbench.reliability.Fuzz;

/**
 * Jazzer target for {@code reanchor} and {@code anchor}: each input is a source text (UTF-8, malformed bytes
 * read as U+FFFD, as no source text ClaimBench accepts has them) and the sample's anchors meet it. Properties:
 * nothing escapes; an anchor {@link AnchorRelocator} places stands on its quote, prefix and suffix; so does
 * every place {@link AnchorPlaces} gives; and the context {@link UniqueContext} writes for an anchor that
 * stands in several places leaves its place the only one.
 */
public final class AnchorTarget {

	private static final int PLACES = 6;

	private static List<AnchorSpan> spans;

	private AnchorTarget() {
	}

	public static void fuzzerInitialize() {
		initialize(JazzerFolders.sample());
	}

	public static void initialize(Path sample) {
		try {
			spans = new AnchorFuzz(sample.resolve(Fuzz.SAMPLE_DOCUMENT), Fuzz.SAMPLE_SOURCE).spans();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void fuzzerTestOneInput(byte[] input) {
		SecondLimit.check(input, AnchorTarget::test);
	}

	/** The properties without the time limit, for replaying findings in tests. */
	public static void test(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		List<Placement> placements = AnchorRelocator.relocate(text, spans);
		for (int i = 0; i < spans.size(); i++) {
			if (placements.get(i).placed() && !standsAt(text, spans.get(i), placements.get(i).offset())) {
				throw new BrokenProperty("reanchor placed " + spans.get(i) + " at " + placements.get(i).offset()
						+ ", where its words do not stand");
			}
		}
		for (AnchorSpan span : spans) {
			List<Integer> places = AnchorPlaces.of(text, span.quote(), span.prefix(), span.suffix(), PLACES);
			for (int place : places) {
				if (!standsAt(text, span, place)) {
					throw new BrokenProperty("anchor found " + span + " at " + place + ", where its words do not stand");
				}
			}
			if (places.size() >= 2) {
				checkUniqueContext(text, span, places.get(0));
			}
		}
	}

	/** What {@code anchor} writes for a quote that stands at the offset and elsewhere must single the offset out. */
	private static void checkUniqueContext(String text, AnchorSpan span, int at) {
		Optional<UniqueContext.Context> context = UniqueContext.of(text, span.quote(), at, span.prefix(), span.suffix());
		if (context.isPresent()) {
			List<Integer> places = AnchorPlaces.of(text, span.quote(), context.get().prefix(), context.get().suffix(), 2);
			if (!places.equals(List.of(at))) {
				throw new BrokenProperty("anchor's context " + context.get() + " for " + span + " at " + at
						+ " gives the places " + places);
			}
		}
	}

	private static boolean standsAt(String text, AnchorSpan span, int offset) {
		return span.quote() != null && AnchorMatcher.matchesAt(text, span.quote(), offset)
				&& AnchorMatcher.prefixMatches(text, offset, span.prefix())
				&& AnchorMatcher.suffixMatches(text, offset + span.quote().length(), span.suffix());
	}
}
