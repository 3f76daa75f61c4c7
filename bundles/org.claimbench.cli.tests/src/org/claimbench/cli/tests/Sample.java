package org.claimbench.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small, valid statement written into a folder: a schema, the source text and an annotation
 * document whose offsets are computed from the text, so the anchors quote it exactly. The flags
 * in the title lie outside the Basic Multilingual Plane: UTF-16 offsets and code point positions
 * differ after them.
 */
final class Sample {

	static final String SOURCE = """
			Joint Statement on Extended Deterrence 🇺🇸🇯🇵

			The Ministers shared assessments of North Korea’s continued destabilizing behavior.
			Under these circumstances, they reaffirmed their intent to continue discussions.
			""";

	static final String SCHEMA = """
			schema deterrence
			actor kind State
			actor kind Coalition
			enum Valence { negative neutral positive }
			claim kind ThreatAssessment is Assessment { subject: actor required  valence: Valence = negative }
			claim kind Reaffirmation is Intent { object: text required }
			relation kind motivates from Assessment to Intent
			""";

	static final String NK_QUOTE = "North Korea’s continued destabilizing behavior";
	static final String TALKS_QUOTE = "reaffirmed their intent to continue discussions";

	private Sample() {
	}

	static String document() {
		return """
				document edd title "Joint Statement on Extended Deterrence" source "edd.txt" schema deterrence
				actor Japan : State
				actor UnitedStates : State
				actor NorthKorea : State { mention "North Korea" at %d }
				group Ministers : Coalition = Japan, UnitedStates { mention "The Ministers" at %d }
				claim nk : ThreatAssessment by Ministers { subject NorthKorea valence negative quote "%s" at %d }
				claim talks : Reaffirmation by Ministers { object "discussions" quote "%s" at %d }
				relation motivates nk -> talks
				""".formatted(SOURCE.indexOf("North Korea"), SOURCE.indexOf("The Ministers"), NK_QUOTE,
				SOURCE.indexOf(NK_QUOTE), TALKS_QUOTE, SOURCE.indexOf(TALKS_QUOTE));
	}

	/** Writes the three files into the folder and returns the annotation document's path. */
	static Path writeTo(Path folder) throws IOException {
		Files.createDirectories(folder);
		write(folder.resolve("deterrence.cbschema"), SCHEMA);
		write(folder.resolve("edd.txt"), SOURCE);
		return write(folder.resolve("edd.claims"), document());
	}

	static Path write(Path file, String text) throws IOException {
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}
}
