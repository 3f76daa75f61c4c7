package org.claimbench.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.claimbench.dsl.source.Mentions;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.dkpro.statistics.agreement.distance.SetAnnotation;

/**
 * The claims and actor mentions of some coders' documents over one statement, aligned into units,
 * and the relations between aligned claims: what agreement, diff and merge all start from.
 */
public final class AlignedStatement {

	/** The value of a pair of aligned claims that a coder coded both of, but did not relate. */
	public static final String NO_RELATION = "no relation";
	static final String NO_CLAIM = "(no claim)";
	static final String NONE = "(none)";

	/** A pair of aligned claims related by at least one coder, with each coder's relation kinds. */
	public record RelationUnit(Alignment.Unit source, Alignment.Unit target, String[] byCoder) {
	}

	private final Statement statement;
	private final List<String> coders;
	private final List<Document> documents;
	private final List<Alignment.Unit> claims;
	private final List<Alignment.Unit> mentions;
	private final List<RelationUnit> relations = new ArrayList<>();
	/** Each claim's attributes and whole value, worked out once: the measures and the unit rows ask for them again and again. */
	private final Map<Claim, Map<String, List<String>>> attributes = new IdentityHashMap<>();
	private final Map<Coding, String> wholes = new IdentityHashMap<>();

	private AlignedStatement(Statement statement, List<Integer> chosen) {
		this.statement = statement;
		this.coders = chosen.stream().map(statement.coders()::get).toList();
		this.documents = chosen.stream().map(statement.documents()::get).toList();
		List<List<Coding>> claimCodings = new ArrayList<>();
		List<List<Coding>> mentionCodings = new ArrayList<>();
		for (int coder = 0; coder < documents.size(); coder++) {
			List<Coding> claimsOfCoder = new ArrayList<>();
			for (Claim claim : documents.get(coder).getClaims()) {
				claimsOfCoder.add(new Coding(coder, claim, ClaimValues.kind(claim), Coding.spansOf(claim.getAnchors())));
			}
			claimCodings.add(claimsOfCoder);
			List<Coding> mentionsOfCoder = new ArrayList<>();
			// The register's actors count with the document's own: the mentions are the coder's either way.
			for (Map.Entry<Actor, List<Anchor>> mentioned : Mentions.byActor(documents.get(coder)).entrySet()) {
				for (Anchor mention : mentioned.getValue()) {
					mentionsOfCoder.add(new Coding(coder, mention, Coding.nameOf(mentioned.getKey()), Coding.spansOf(List.of(mention))));
				}
			}
			mentionCodings.add(mentionsOfCoder);
		}
		claims = Alignment.align(claimCodings);
		mentions = Alignment.align(mentionCodings);
		alignRelations();
	}

	/** All the statement's coders. */
	public static AlignedStatement of(Statement statement) {
		List<Integer> all = new ArrayList<>();
		for (int i = 0; i < statement.coders().size(); i++) {
			all.add(i);
		}
		return new AlignedStatement(statement, all);
	}

	/** Some of the statement's coders, by their index in {@link Statement#coders()}. */
	public static AlignedStatement of(Statement statement, List<Integer> coders) {
		return new AlignedStatement(statement, coders);
	}

	private void alignRelations() {
		Map<Claim, Alignment.Unit> unitOf = new IdentityHashMap<>();
		for (Alignment.Unit unit : claims) {
			for (Coding coding : unit.byCoder()) {
				if (coding != null) {
					unitOf.put((Claim) coding.element(), unit);
				}
			}
		}
		Map<List<Alignment.Unit>, Map<Integer, Set<String>>> kinds = new LinkedHashMap<>();
		for (int coder = 0; coder < documents.size(); coder++) {
			for (Relation relation : documents.get(coder).getRelations()) {
				Alignment.Unit source = unitOf.get(relation.getSource());
				Alignment.Unit target = unitOf.get(relation.getTarget());
				if (source != null && target != null) {
					kinds.computeIfAbsent(List.of(source, target), k -> new LinkedHashMap<>())
							.computeIfAbsent(coder, c -> new TreeSet<>()).add(Coding.nameOf(relation.getKind()));
				}
			}
		}
		kinds.forEach((ends, byCoder) -> {
			String[] values = new String[documents.size()];
			for (int coder = 0; coder < values.length; coder++) {
				if (ends.get(0).of(coder) != null && ends.get(1).of(coder) != null) {
					Set<String> said = byCoder.get(coder);
					values[coder] = said == null ? NO_RELATION : String.join("+", said);
				}
			}
			relations.add(new RelationUnit(ends.get(0), ends.get(1), values));
		});
	}

	public Statement statement() {
		return statement;
	}

	public List<String> coders() {
		return coders;
	}

	public List<Document> documents() {
		return documents;
	}

	public List<Alignment.Unit> claims() {
		return claims;
	}

	public List<Alignment.Unit> mentions() {
		return mentions;
	}

	public List<RelationUnit> relations() {
		return relations;
	}

	Observations observations() {
		Observations observations = new Observations(coders.size());
		observations.length = statement.length();
		for (Alignment.Unit unit : claims) {
			for (Coding coding : unit.byCoder()) {
				if (coding != null) {
					coding.spans().forEach(s -> observations.claimSegments
							.add(new Alpha.Segment(coding.coder(), s.begin(), s.length(), coding.label())));
					if (!coding.spans().isEmpty()) {
						observations.claimUnits.add(new Gamma.Unit(coding.coder(), coding.spans().get(0).begin(),
								coding.spans().get(coding.spans().size() - 1).end(), coding.label()));
					}
				}
			}
		}
		for (Alignment.Unit unit : mentions) {
			for (Coding coding : unit.byCoder()) {
				if (coding != null) {
					coding.spans().forEach(s -> observations.mentionSegments
							.add(new Alpha.Segment(coding.coder(), s.begin(), s.length(), Observations.MENTIONS)));
				}
			}
		}
		// The order of the first units fixes the order of the measures.
		for (Alignment.Unit unit : claims) {
			observations.unit("claim kind", values(unit, c -> ClaimValues.kind(c)), false);
		}
		for (Alignment.Unit unit : claims) {
			observations.unit("holders", values(unit, ClaimValues::holders), true);
		}
		for (Alignment.Unit unit : claims) {
			Set<String> names = new TreeSet<>();
			for (Coding coding : unit.byCoder()) {
				if (coding != null) {
					names.addAll(attributesOf((Claim) coding.element()).keySet());
				}
			}
			for (String name : names) {
				boolean many = false;
				for (Coding coding : unit.byCoder()) {
					many |= coding != null && ClaimValues.manyValued((Claim) coding.element(), name);
				}
				boolean set = many;
				observations.unit("attribute " + name, values(unit, c -> {
					List<String> given = attributesOf(c).get(name);
					if (set) {
						return new SetAnnotation(given == null ? List.of() : given);
					}
					return given == null ? NONE : String.join(", ", given);
				}), set);
			}
		}
		for (RelationUnit relation : relations) {
			observations.unit("relations", relation.byCoder().clone(), false);
		}
		for (Alignment.Unit unit : claims) {
			Object[] whole = new Object[coders.size()];
			for (int coder = 0; coder < whole.length; coder++) {
				Coding coding = unit.of(coder);
				whole[coder] = coding == null ? NO_CLAIM : wholeOf(coding);
			}
			observations.unit("whole claims", whole, false);
		}
		for (Alignment.Unit unit : mentions) {
			Object[] actors = new Object[coders.size()];
			for (int coder = 0; coder < actors.length; coder++) {
				actors[coder] = unit.of(coder) == null ? null : unit.of(coder).label();
			}
			observations.unit("mention actor", actors, false);
		}
		return observations;
	}

	private Map<String, List<String>> attributesOf(Claim claim) {
		return attributes.computeIfAbsent(claim, ClaimValues::attributes);
	}

	private String wholeOf(Coding coding) {
		return wholes.computeIfAbsent(coding, c -> ClaimValues.whole((Claim) c.element(), c.spans()));
	}

		private Object[] values(Alignment.Unit unit, java.util.function.Function<Claim, Object> value) {
		Object[] values = new Object[coders.size()];
		for (int coder = 0; coder < values.length; coder++) {
			values[coder] = unit.of(coder) == null ? null : value.apply((Claim) unit.of(coder).element());
		}
		return values;
	}

	/** Every unit with whether all coders coded it alike, coded it differently, or only one coded it. */
	public List<UnitRow> rows() {
		List<UnitRow> rows = new ArrayList<>();
		for (Alignment.Unit unit : claims) {
			rows.add(row("claim", unit, this::wholeOf));
		}
		for (Alignment.Unit unit : mentions) {
			rows.add(row("mention", unit, coding -> coding.label() + " at " + coding.spans()));
		}
		for (RelationUnit relation : relations) {
			Set<String> kinds = new LinkedHashSet<>();
			List<String> by = new ArrayList<>();
			for (int coder = 0; coder < coders.size(); coder++) {
				String value = relation.byCoder()[coder];
				if (value != null && !value.equals(NO_RELATION)) {
					kinds.add(value);
					by.add(coders.get(coder));
				}
			}
			boolean all = Arrays.stream(relation.byCoder()).allMatch(Objects::nonNull)
					&& Arrays.stream(relation.byCoder()).distinct().count() == 1;
			rows.add(new UnitRow(statement.name(), "relation",
					String.join("|", kinds) + " " + relation.source().first().label() + " -> " + relation.target().first().label(),
					span(relation.source()), status(by.size(), all), by));
		}
		return rows;
	}

	private UnitRow row(String type, Alignment.Unit unit, java.util.function.Function<Coding, String> whole) {
		List<String> by = new ArrayList<>();
		Set<String> distinct = new LinkedHashSet<>();
		for (int coder = 0; coder < coders.size(); coder++) {
			if (unit.of(coder) != null) {
				by.add(coders.get(coder));
				distinct.add(whole.apply(unit.of(coder)));
			}
		}
		return new UnitRow(statement.name(), type, unit.first().label(), span(unit),
				status(by.size(), by.size() == coders.size() && distinct.size() == 1), by);
	}

	private UnitRow.Status status(int coded, boolean alike) {
		if (coded == 1 && coders.size() > 1) {
			return UnitRow.Status.ONE_CODER;
		}
		return alike ? UnitRow.Status.AGREED : UnitRow.Status.DISPUTED;
	}

	private static Span span(Alignment.Unit unit) {
		List<Span> spans = unit.first().spans();
		return spans.isEmpty() ? null : new Span(spans.get(0).begin(), spans.get(spans.size() - 1).end());
	}
}
