package org.claimbench.dsl.ide.contentassist;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * Proposes each element once, under the name it has in the nearest scope: a schema's kind is offered
 * as {@code ThreatAssessment}, not also as {@code deterrence.ThreatAssessment} from the global index.
 */
public class UniqueTargetCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
			ContentAssistContext context) {
		Iterable<IEObjectDescription> candidates = super.queryScope(scope, crossReference, context);
		return () -> {
			Set<URI> proposed = new HashSet<>();
			return StreamSupport.stream(candidates.spliterator(), false)
					.filter(candidate -> proposed.add(candidate.getEObjectURI()))
					.iterator();
		};
	}
}
