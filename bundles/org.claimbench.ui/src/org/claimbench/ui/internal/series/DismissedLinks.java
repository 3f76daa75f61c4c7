package org.claimbench.ui.internal.series;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.claimbench.core.series.LinkSuggestions.Suggestion;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.ProjectDocuments;
import org.eclipse.core.resources.IFile;

/**
 * The suggestions dismissed since the workbench started, so that asking again does not offer them again. Kept
 * in memory only: a dismissal is no annotation, and a restart offers them afresh.
 */
final class DismissedLinks {

	private static final Set<String> DISMISSED = ConcurrentHashMap.newKeySet();

	private DismissedLinks() {
	}

	static void dismiss(Suggestion suggestion) {
		DISMISSED.add(key(suggestion));
	}

	static boolean isDismissed(Suggestion suggestion) {
		return DISMISSED.contains(key(suggestion));
	}

	private static String key(Suggestion suggestion) {
		return where(suggestion.statement()) + "." + suggestion.claim().getName() + " -> " + where(suggestion.earlierStatement())
				+ (suggestion.earlierClaim() == null ? "@" + suggestion.passage().start() : "." + suggestion.earlierClaim().getName());
	}

	/** The statement's file: the same names in another project are other statements. */
	private static String where(Document statement) {
		IFile file = ProjectDocuments.fileOf(statement);
		return file == null ? statement.getName() : file.getFullPath().toString();
	}
}
