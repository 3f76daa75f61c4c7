package org.claimbench.core.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.claimbench.core.series.OneVersionEach;
import org.claimbench.model.claims.Document;

/**
 * Which network to make of the documents: its kind, the attribute that qualifies claims (null: every
 * co-holding is agreement) and the time window of the statements it counts. Of several coders'
 * versions of one statement only one counts (see {@link OneVersionEach}), as in a series.
 */
public record NetworkSpec(NetworkKind kind, String qualifier, TimeWindow window) {

	public static final NetworkSpec FULL = new NetworkSpec(NetworkKind.FULL, null, TimeWindow.ALWAYS);

	public Network build(Collection<Document> documents) {
		List<Document> counted = OneVersionEach.oneEach(List.copyOf(documents), new ArrayList<>());
		List<Document> added = documents.stream().filter(d -> d.isRegister() || counted.contains(d)).filter(window::contains).toList();
		// In memory every reference into an added document leads to that same object.
		Set<Document> addedSet = Collections.newSetFromMap(new IdentityHashMap<>());
		addedSet.addAll(added);
		try (NetworkBuilder<Network> builder = kind == NetworkKind.FULL ? new ClaimGraph<>(addedSet::contains, new ListedParts())
				: new ActorConcepts(kind, qualifier)) {
			for (Document document : added) {
				builder.add(document);
			}
			return builder.network();
		} catch (IOException e) {
			throw new UncheckedIOException("a network kept in memory wrote no file", e);
		}
	}

	/**
	 * A network built one document at a time; the caller gives it the documents {@link #build} would count (the
	 * registers, and the one version of each statement that lies in the window), which {@code added} tells, for
	 * documents met through references before their turn. The full network, as large as its claims, is spooled to
	 * hidden files in {@code folder} until the builder is closed; the others are kept.
	 */
	public NetworkBuilder<? extends NetworkSource> builder(Predicate<Document> added, Path folder) throws IOException {
		return switch (kind) {
			case FULL -> new ClaimGraph<>(added, new SpooledParts(folder));
			case TWO_MODE, ACTORS -> new ActorConcepts(kind, qualifier);
		};
	}
}
