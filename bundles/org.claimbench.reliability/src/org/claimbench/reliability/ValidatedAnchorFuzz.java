package org.claimbench.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.claimbench.core.Diagnostic;
import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.ModelValidator;
import org.claimbench.core.anchor.AnchorRelocator;
import org.claimbench.core.anchor.AnchorSpan;
import org.claimbench.core.anchor.Placement;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.dsl.validation.AnchorCheck;
import org.claimbench.model.claims.Anchor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The anchor invariant: after any edits of the source text and any re-anchoring between them, when
 * {@code validate} passes, every anchor's quote, and its prefix and suffix where given, stands at its
 * offset. Each input edits the sample's source text (as {@link AnchorFuzz} does), re-anchors none, once or
 * twice (more edits in between), and checks the anchors with the rules {@code validate} applies
 * ({@link AnchorCheck}); one input in {@value #REAL_VALIDATION} also runs the real validator on the sample
 * document with the new offsets and the edited text on disk, which must agree. Counted apart: documents
 * that validate while an anchor stands on words that read the same but are not its own (the fuzzer knows
 * from {@link EditedText}); no validator can tell those from the text alone.
 */
public final class ValidatedAnchorFuzz extends FuzzTarget {

	/** One input in this many also goes through the real validator, which parses the document. */
	static final int REAL_VALIDATION = 50;

	private final Path sampleDocument;
	private final String sourceName;
	private final Path work;
	private final String text;
	private final List<AnchorSpan> spans;

	public ValidatedAnchorFuzz(Path sampleDocument, String sourceName, Path work) throws IOException {
		AnchorFuzz anchors = new AnchorFuzz(sampleDocument, sourceName);
		this.sampleDocument = sampleDocument;
		this.sourceName = sourceName;
		this.work = work.resolve("validated-anchors");
		this.text = anchors.source();
		this.spans = anchors.spans();
	}

	@Override
	public String name() {
		return "validate";
	}

	@Override
	protected void fuzzOne(Mutations mutations, long iteration, Findings findings) {
		Random random = mutations.random();
		EditedText edited = EditedText.of(text);
		List<AnchorSpan> current = spans;
		int reanchors = random.nextInt(3);
		for (int round = 0; round <= reanchors; round++) {
			for (int e = random.nextInt(3); e > 0; e--) {
				edited = AnchorFuzz.randomEdit(random, edited);
			}
			if (round > 0) {
				current = reanchor(edited.text(), current);
			}
		}
		String changed = edited.text();
		SourceText source = new SourceText(URI.createFileURI("/fuzz/" + sourceName), changed);
		boolean validates = true;
		for (AnchorSpan span : current) {
			validates &= AnchorCheck.check(source, "Quote", span.quote(), span.offset(), span.prefix(), span.suffix())
					.isEmpty();
		}
		count(reanchors + (reanchors == 1 ? " re-anchoring, " : " re-anchorings, ")
				+ (validates ? "validates" : "anchor errors"));
		if (validates) {
			checkInvariant(changed, current, edited, iteration, findings);
		}
		if (iteration % REAL_VALIDATION == 0) {
			validateForReal(changed, current, validates, iteration, findings);
		}
	}

	/** What {@code claimbench reanchor} writes: placed anchors get their new offset, the others keep theirs. */
	private static List<AnchorSpan> reanchor(String text, List<AnchorSpan> spans) {
		List<Placement> placements = AnchorRelocator.relocate(text, spans);
		List<AnchorSpan> result = new ArrayList<>(spans.size());
		for (int i = 0; i < spans.size(); i++) {
			AnchorSpan span = spans.get(i);
			result.add(new AnchorSpan(span.quote(), placements.get(i).offset(), span.prefix(), span.suffix()));
		}
		return result;
	}

	private void checkInvariant(String changed, List<AnchorSpan> current, EditedText edited, long iteration,
			Findings findings) {
		for (int i = 0; i < current.size(); i++) {
			AnchorSpan span = current.get(i);
			String prefix = span.prefix() == null ? "" : span.prefix();
			String suffix = span.suffix() == null ? "" : span.suffix();
			int at = span.offset();
			boolean stands = at >= 0 && changed.startsWith(span.quote(), at) && at >= prefix.length()
					&& changed.startsWith(prefix, at - prefix.length())
					&& changed.startsWith(suffix, at + span.quote().length());
			if (!stands) {
				findings.add(name(), iteration, "validates, but \"" + span.quote() + "\" at " + at
						+ " does not stand there with its prefix and suffix, after " + edited.edits(), changed);
			}
			AnchorSpan original = spans.get(i);
			if (stands && !edited.holdsWords(original.offset(), original.quote().length(), at)) {
				count("validates with an anchor on other words that read the same"
						+ (original.hasContext() ? ", context too" : ", no context"));
			}
		}
	}

	/** The real {@code validate} on the sample document with these offsets must pass exactly when the check does. */
	private void validateForReal(String changed, List<AnchorSpan> current, boolean validates, long iteration,
			Findings findings) {
		try {
			Files.createDirectories(work);
			for (String name : Stream.concat(Fuzz.SAMPLE_MODEL_FILES.stream(), Fuzz.SAMPLE_OTHER_SOURCES.stream()).toList()) {
				Path copy = work.resolve(name);
				if (!Files.exists(copy)) {
					Files.copy(sampleDocument.resolveSibling(name), copy);
				}
			}
			Files.writeString(work.resolve(sourceName), changed, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		LoadedModel model = new ModelLoader().load(List.of(work.resolve(sampleDocument.getFileName())));
		List<Anchor> anchors = new ArrayList<>();
		EcoreUtil.<Object>getAllContents(model.documents().get(0), true).forEachRemaining(o -> {
			if (o instanceof Anchor a) {
				anchors.add(a);
			}
		});
		for (int i = 0; i < anchors.size(); i++) {
			anchors.get(i).setOffset(current.get(i).offset());
		}
		List<Diagnostic> errors = new ModelValidator().validate(model.requested().get(0)).stream()
				.filter(Diagnostic::isError).toList();
		if (errors.isEmpty() != validates) {
			findings.add(name(), iteration, "validate " + (errors.isEmpty() ? "passes" : "fails with " + errors.get(0).format())
					+ " but the anchor check " + (validates ? "passes" : "fails"), changed);
		}
		count("checked by the real validator");
	}
}
