package org.claimbench.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic synthetic corpus: one schema and documents whose source texts look like
 * official statements (paragraphs, names, curly quotes, accented names) and whose annotations mix
 * actors, mentions, groups, claims of all four categories with attributes, and relations. Every
 * anchor quotes its source exactly, so the corpus validates clean.
 */
public final class SyntheticCorpus {

	static final String SCHEMA = """
			schema bench

			actor kind State

			actor kind Official {
				role: text
				represents: State
			}

			actor kind Delegation

			enum Valence { negative neutral positive }

			enum Trend { deteriorating stable improving }

			claim kind ThreatAssessment is Assessment {
				subject: State required
				valence: Valence = negative
				trend: Trend
			}

			claim kind Reaffirmation is Intent {
				object: text required
				since: date
			}

			claim kind Pledge is Commitment {
				object: text required
				amount: number
				binding: boolean
			}

			claim kind Meeting is Event {
				held: date required
				venue: text
			}

			relation kind motivates from Intent, Commitment to Assessment

			relation kind elaborates
			""";

	private static final String[] COUNTRIES = { "Aldoria", "Borvania", "Céleste", "Dravonia", "Estmark", "Fjordland",
			"Galméa", "Hestria", "Ilvania", "Jorvik", "Kestrel Islands", "Lumeria" };
	private static final String[] SURNAMES = { "Tanaka", "Müller", "Okafor", "García", "Novák", "Lindqvist", "Rossi",
			"Dubois", "Kowalski", "Haddad", "Nakamura", "O’Brien" };
	private static final String[] ROLES = { "Minister for Foreign Affairs", "Minister of Defense",
			"Secretary of State", "Secretary of Defense" };
	private static final String[] THREATS = { "continued destabilizing behavior", "opaque expansion of its arsenal",
			"undermining of arms control", "unlawful missile launches", "coercive maritime activities" };
	private static final String[] OBJECTS = { "close consultations on deterrence policy",
			"full coordination through the alliance mechanism", "regular dialogue on nonproliferation",
			"joint exercises in the region", "sustained support for regional stability" };
	private static final String[] VALENCES = { "negative", "neutral", "positive" };
	private static final String[] TRENDS = { "deteriorating", "stable", "improving" };

	private final Random random;

	public SyntheticCorpus(long seed) {
		this.random = new Random(seed);
	}

	/** Writes bench.cbschema and {@code documents} documents of {@code claimsPerDocument} claims each. */
	public List<Path> write(Path folder, int documents, int claimsPerDocument) throws IOException {
		writeSchema(folder);
		List<Path> result = new ArrayList<>();
		for (int i = 0; i < documents; i++) {
			String name = String.format("d%05d", i);
			result.add(writeDocument(folder, name, claimsPerDocument, 0));
		}
		return result;
	}

	public void writeSchema(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("bench.cbschema"), SCHEMA, StandardCharsets.UTF_8);
	}

	/** One document; {@code fillerPerClaim} sentences without claims follow each claim's sentence. */
	public Path writeDocument(Path folder, String name, int claims, int fillerPerClaim) throws IOException {
		StringBuilder text = new StringBuilder("Joint Statement " + name + " of the ministerial meeting\n\n");
		StringBuilder doc = new StringBuilder();
		doc.append("document ").append(name).append("\n\ttitle \"Joint Statement ").append(name)
				.append("\"\n\tdate 2024-07-28\n\tplace \"Tokyo\"\n\tsource \"").append(name)
				.append(".txt\"\n\tschema bench\n");

		int states = Math.min(COUNTRIES.length, 4 + claims / 50);
		StringBuilder actors = new StringBuilder();
		List<StringBuilder> stateMentions = new ArrayList<>();
		for (int s = 0; s < states; s++) {
			stateMentions.add(new StringBuilder());
		}
		String[] officials = new String[4];
		for (int o = 0; o < officials.length; o++) {
			String label = ROLES[o] + " " + SURNAMES[(o + random.nextInt(SURNAMES.length)) % SURNAMES.length];
			int offset = text.length();
			text.append(o == 0 ? "" : ", ").append(label);
			officials[o] = "o" + o;
			actors.append("\nactor o").append(o).append(" : Official \"").append(label).append("\" {\n\trole \"")
					.append(ROLES[o]).append("\"\n\trepresents s").append(o % 2).append("\n\tmention \"").append(label)
					.append("\" at ").append(offset + (o == 0 ? 0 : 2)).append("\n}\n");
		}
		int groupOffset = text.length() + " (referred to collectively as “".length();
		text.append(" (referred to collectively as “the Ministers”) convened in Tokyo.\n\n");
		actors.append("\ngroup ministers : Delegation = o0, o1, o2, o3 \"the Ministers\" {\n\tmention \"the Ministers\" at ")
				.append(groupOffset).append("\n}\n");

		StringBuilder claimText = new StringBuilder();
		StringBuilder relations = new StringBuilder();
		int sentencesInParagraph = 0;
		for (int c = 0; c < claims; c++) {
			int category = c % 4;
			int state = random.nextInt(states);
			String country = COUNTRIES[state];
			claimText.append("\nclaim c").append(c);
			if (category == 0) {
				String threat = THREATS[random.nextInt(THREATS.length)];
				text.append("The Ministers expressed concern over ");
				int mention = text.length();
				text.append(country);
				stateMentions.get(state).append("\n\tmention \"").append(country).append("\" at ").append(mention);
				text.append("’s ");
				int quote = text.length();
				text.append(threat).append(". ");
				claimText.append(" : ThreatAssessment by ministers {\n\tsubject s").append(state)
						.append("\n\tvalence ").append(VALENCES[random.nextInt(3)]).append("\n\ttrend ")
						.append(TRENDS[random.nextInt(3)]).append("\n\tquote \"").append(threat).append("\" at ")
						.append(quote).append("\n}\n");
			} else if (category == 1 || category == 2) {
				String object = OBJECTS[random.nextInt(OBJECTS.length)];
				text.append(category == 1 ? "They reaffirmed their intent to continue " : "They committed to ");
				int quote = text.length();
				text.append(object).append(" with ");
				int mention = text.length();
				text.append(country).append(". ");
				stateMentions.get(state).append("\n\tmention \"").append(country).append("\" at ").append(mention);
				claimText.append(category == 1 ? " : Reaffirmation by ministers {\n\tsince 2010-01-01"
						: " : Pledge by ministers {\n\tamount " + (1 + random.nextInt(90)) + "\n\tbinding "
								+ random.nextBoolean());
				claimText.append("\n\tobject \"").append(object).append("\"\n\tquote \"").append(object)
						.append("\" at ").append(quote).append("\n}\n");
				if (c >= 4) {
					relations.append("\nrelation motivates c").append(c).append(" -> c").append((c / 4) * 4 - 4)
							.append("\n");
				}
			} else {
				text.append("The Ministers ");
				int quote = text.length();
				text.append("convened a meeting in Tokyo").append(". ");
				claimText.append(" : Meeting by ministers {\n\theld 2024-07-28\n\tvenue \"Tokyo\"\n\tquote \"")
						.append("convened a meeting in Tokyo\" at ").append(quote).append("\n}\n");
			}
			for (int f = 0; f < fillerPerClaim; f++) {
				text.append("The Ministers noted the importance of continued dialogue between the delegations on ")
						.append(OBJECTS[random.nextInt(OBJECTS.length)]).append(". ");
			}
			if (++sentencesInParagraph == 5) {
				text.append("\n\n");
				sentencesInParagraph = 0;
			}
		}
		for (int s = 0; s < states; s++) {
			actors.append("\nactor s").append(s).append(" : State \"").append(COUNTRIES[s]).append("\"");
			if (stateMentions.get(s).length() > 0) {
				actors.append(" {").append(stateMentions.get(s)).append("\n}");
			}
			actors.append("\n");
		}
		doc.append(actors).append(claimText).append(relations);
		Files.writeString(folder.resolve(name + ".txt"), text.toString(), StandardCharsets.UTF_8);
		Path claimsFile = folder.resolve(name + ".claims");
		Files.writeString(claimsFile, doc.toString(), StandardCharsets.UTF_8);
		return claimsFile;
	}
}
