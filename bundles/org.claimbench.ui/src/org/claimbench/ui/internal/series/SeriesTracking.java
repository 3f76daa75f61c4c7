package org.claimbench.ui.internal.series;

import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.LinkedHashSet;

import org.claimbench.core.series.CommitmentChains;
import org.claimbench.core.series.CommitmentChains.Appearance;
import org.claimbench.core.series.CommitmentChains.Chain;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.ProjectDocuments;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;

/** A project read as a series, as {@code claimbench track} reads a folder: its statements and their chains. */
public record SeriesTracking(List<Document> documents, CommitmentChains.Result result) {

	/** The relation kinds that link a claim to an earlier one, the first preferred: the command line's default. */
	public static final SequencedSet<String> LINK_KINDS = new LinkedHashSet<>(List.of("reaffirms", "restates"));

	/** Reads the project's statements (unsaved texts in place of their files) and tracks their chains. */
	public static SeriesTracking of(IProject project, Map<IFile, String> unsaved, SubMonitor progress) throws CoreException {
		List<Document> documents = ProjectDocuments.load(project, unsaved, progress);
		return new SeriesTracking(documents, CommitmentChains.of(documents, LINK_KINDS));
	}

	/** The statement read from that file, or null (a register, a coder's version set aside, an unreadable file). */
	public Document statement(IFile file) {
		return result.statements().stream().filter(d -> file.equals(ProjectDocuments.fileOf(d))).findFirst().orElse(null);
	}

	/** The chain the claim of that name in that file belongs to, and the claim, or null when it is in none. */
	public ChainOf chainOf(IFile file, String claimName) {
		for (Chain chain : result.chains()) {
			for (Appearance appearance : chain.appearances()) {
				Claim claim = appearance.claim();
				if (claim.getName().equals(claimName) && file.equals(ProjectDocuments.fileOf(appearance.statement()))) {
					return new ChainOf(chain, claim);
				}
			}
		}
		return null;
	}

	public record ChainOf(Chain chain, Claim claim) {
	}
}
