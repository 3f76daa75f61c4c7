package org.claimbench.core.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.claimbench.dsl.source.Mentions;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Claims followed across a series of statements: a relation of a linking kind ({@code reaffirms},
 * {@code restates} or the schema's own) from a claim of one statement to a claim of another joins them into
 * one chain. Each chain lists its claims in the order of their statements' dates, and says which later
 * statement of the same parties no longer restates it.
 */
public final class CommitmentChains {

	/** One appearance of a chain's claim; {@code relation} names the link to the appearance before (null for the first). */
	public record Appearance(Document statement, Claim claim, String relation) {

		public String quote() {
			return claim.getAnchors().isEmpty() ? "" : claim.getAnchors().get(0).getQuote();
		}
	}

	/** A chain in date order, and the next statement of the same parties after its last appearance, if any. */
	public record Chain(List<Appearance> appearances, Document notRestatedIn) {
	}

	/** What was tracked: the chains, the statements read in date order, and the coders' versions left aside. */
	public record Result(List<Chain> chains, List<Document> statements, List<Document> setAside) {
	}

	private CommitmentChains() {
	}

	public static Result of(List<Document> documents, Set<String> linkKinds) {
		List<Document> setAside = new ArrayList<>();
		List<Document> statements = OneVersionEach.oneEach(documents, setAside);
		statements.sort(Comparator.comparing((Document d) -> d.getDate() == null ? "9999" : d.getDate())
				.thenComparing(d -> String.valueOf(d.getName())));
		Map<Document, Integer> order = new HashMap<>();
		statements.forEach(d -> order.put(d, order.size()));
		// Union-find over claims: each linking relation between two statements joins its ends.
		Map<Claim, Claim> parent = new LinkedHashMap<>();
		Map<Claim, String> relationTo = new HashMap<>();
		for (Document statement : statements) {
			for (Relation relation : statement.getRelations()) {
				Claim from = relation.getSource();
				Claim to = relation.getTarget();
				if (relation.getKind() == null || !linkKinds.contains(relation.getKind().getName()) || from == null || to == null
						|| from.eIsProxy() || to.eIsProxy() || !(EcoreUtil.getRootContainer(to) instanceof Document other)
						|| other == statement || !order.containsKey(other)) {
					continue;
				}
				union(parent, from, to);
				Claim later = order.get(statement) >= order.get(other) ? from : to;
				relationTo.put(later, relation.getKind().getName());
			}
		}
		Map<Claim, List<Claim>> groups = new LinkedHashMap<>();
		for (Claim claim : parent.keySet()) {
			groups.computeIfAbsent(find(parent, claim), key -> new ArrayList<>()).add(claim);
		}
		List<Chain> chains = new ArrayList<>();
		for (List<Claim> group : groups.values()) {
			group.sort(Comparator.comparing((Claim c) -> order.get(statementOf(c))).thenComparing(Claim::getName));
			List<Appearance> appearances = new ArrayList<>();
			for (Claim claim : group) {
				appearances.add(new Appearance(statementOf(claim), claim, appearances.isEmpty() ? null : relationTo.get(claim)));
			}
			chains.add(new Chain(appearances, nextOfTheSameParties(statements, appearances.get(appearances.size() - 1).statement())));
		}
		chains.sort(Comparator.comparing((Chain c) -> order.get(c.appearances().get(0).statement()))
				.thenComparing(c -> c.appearances().get(0).claim().getName()));
		return new Result(chains, statements, setAside);
	}

	/**
	 * The first statement after this one that names one of the same register actors: the same series of parties.
	 * A statement without register actors is followed by the next statement of all.
	 */
	private static Document nextOfTheSameParties(List<Document> statements, Document last) {
		Set<Actor> parties = registerActors(last);
		for (int i = statements.indexOf(last) + 1; i < statements.size(); i++) {
			Set<Actor> others = registerActors(statements.get(i));
			if (parties.isEmpty() || others.stream().anyMatch(parties::contains)) {
				return statements.get(i);
			}
		}
		return null;
	}

	private static Set<Actor> registerActors(Document statement) {
		Set<Actor> actors = new LinkedHashSet<>();
		for (Actor actor : Mentions.byActor(statement).keySet()) {
			if (actor.eContainer() instanceof Document register && register.isRegister()) {
				actors.add(actor);
			}
		}
		return actors;
	}

	private static Document statementOf(Claim claim) {
		return (Document) EcoreUtil.getRootContainer(claim);
	}

	private static void union(Map<Claim, Claim> parent, Claim a, Claim b) {
		parent.putIfAbsent(a, a);
		parent.putIfAbsent(b, b);
		Claim rootA = find(parent, a);
		Claim rootB = find(parent, b);
		if (!Objects.equals(rootA, rootB)) {
			parent.put(rootA, rootB);
		}
	}

	private static Claim find(Map<Claim, Claim> parent, Claim claim) {
		Claim root = claim;
		while (parent.get(root) != root) {
			root = parent.get(root);
		}
		return root;
	}
}
