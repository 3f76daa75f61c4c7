package org.claimbench.core.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.claimbench.core.series.StatementVersions;
import org.claimbench.model.claims.Document;

/**
 * Which network to make of the documents: its kind, the attribute that qualifies claims (null: every
 * co-holding is agreement) and the time window of the statements it counts. Of several coders'
 * versions of one statement only one counts (see {@link StatementVersions}), as in a series.
 */
public record NetworkSpec(NetworkKind kind, String qualifier, TimeWindow window) {

	public static final NetworkSpec FULL = new NetworkSpec(NetworkKind.FULL, null, TimeWindow.ALWAYS);

	public Network build(Collection<Document> documents) {
		List<Document> counted = StatementVersions.oneEach(List.copyOf(documents), new ArrayList<>());
		NetworkBuilder builder = builder();
		documents.stream().filter(d -> d.isRegister() || counted.contains(d)).filter(window::contains).forEach(builder::add);
		return builder.network();
	}

	/**
	 * A network built one document at a time; the caller gives it the documents {@link #build} would count: the
	 * registers, and the one version of each statement that lies in the window.
	 */
	public NetworkBuilder builder() {
		return switch (kind) {
			case FULL -> new ClaimGraph();
			case TWO_MODE, ACTORS -> new ActorConcepts(kind, qualifier);
		};
	}
}
