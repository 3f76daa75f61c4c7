package org.claimbench.dsl.ide.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * A modeler's and a specialist's folder on disk: a schema, the statement's source text and an
 * annotation document of it that is valid in every respect (kinds, holders, required attributes,
 * anchors quoting the source at their offsets), written in the canonical layout.
 */
final class AnnotationWorkspace {

	static final String SCHEMA = """
			schema deterrence

			actor kind State

			actor kind Official {
				role: text
				represents: State
			}

			enum Valence { negative neutral positive }

			claim kind ThreatAssessment is Assessment {
				subject: actor required
				valence: Valence = negative
			}

			claim kind RegionalThreat is ThreatAssessment {
				region: text
			}

			claim kind Reaffirmation is Intent {
				object: text required
			}

			relation kind motivates from Intent to Assessment
			""";

	static final String SOURCE = "Minister Kamikawa shared assessments of North Korea's continued destabilizing behavior."
			+ " She reaffirmed the intent to reinforce deterrence.\n";

	final Path folder;
	final Path schema;
	final Path document;
	final String documentText;

	AnnotationWorkspace(Path folder) throws IOException {
		this.folder = folder;
		schema = write("deterrence.cbschema", SCHEMA);
		write("edd.txt", SOURCE);
		documentText = """
				document edd
					source "edd.txt"
					schema deterrence

				actor Japan : State

				actor NorthKorea : State {
					mention "North Korea" at %d
				}

				actor Kamikawa : Official {
					represents Japan
					mention "Minister Kamikawa" at %d
				}

				claim nk : ThreatAssessment by Kamikawa {
					subject NorthKorea
					valence negative
					quote "North Korea's continued destabilizing behavior" at %d
				}

				claim reinforce : Reaffirmation by Kamikawa {
					object "deterrence"
					quote "reaffirmed the intent to reinforce deterrence" at %d
				}

				relation motivates reinforce -> nk
				""".formatted(offsetOf("North Korea"), offsetOf("Minister Kamikawa"), offsetOf("North Korea"),
				offsetOf("reaffirmed the intent"));
		document = write("edd.claims", documentText);
	}

	private static int offsetOf(String quote) {
		return SOURCE.indexOf(quote);
	}

	Path write(String name, String text) throws IOException {
		return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
	}

	/** The protocol position (line, UTF-16 column) where the n-th occurrence (from 0) of a text starts. */
	static Position positionOf(String text, String part, int occurrence) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = text.indexOf(part, offset + 1);
			if (offset < 0) {
				throw new IllegalArgumentException("'" + part + "' occurs fewer than " + (occurrence + 1) + " times");
			}
		}
		return positionAt(text, offset);
	}

	static Position positionAt(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	static Position endOf(String text) {
		return positionAt(text, text.length());
	}

	/** Applies the edits as an editor does: each range refers to the text before any edit. */
	/** A workspace edit's text edits per file, whichever of its two forms the server used. */
	static Map<String, List<TextEdit>> changesOf(WorkspaceEdit edit) {
		if (edit.getChanges() != null && !edit.getChanges().isEmpty()) {
			return edit.getChanges();
		}
		return edit.getDocumentChanges().stream().filter(c -> c.isLeft()).collect(Collectors.toMap(c -> c.getLeft().getTextDocument().getUri(),
				c -> c.getLeft().getEdits().stream().filter(e -> e.isLeft()).map(e -> e.getLeft()).toList()));
	}

	static String applied(String text, List<? extends TextEdit> edits) {
		List<TextEdit> lastFirst = new ArrayList<>(edits);
		lastFirst.sort(Comparator.comparing((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : lastFirst) {
			result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()),
					edit.getNewText());
		}
		return result.toString();
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}
}
