package org.claimbench.dsl.ide.contentassist;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.claimbench.model.claims.ClaimKind;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * Proposes each element once, under the name it has in the nearest scope: a schema's kind is offered
 * as {@code ThreatAssessment}, not also as {@code deterrence.ThreatAssessment} from the global index.
 * A claim's kind is never an abstract one (validation refuses it), so those are not proposed there.
 */
public class UniqueTargetCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference,
			ContentAssistContext context) {
		Iterable<IEObjectDescription> candidates = super.queryScope(scope, crossReference, context);
		boolean claimKind = isKindOfClaim(crossReference);
		return () -> {
			Set<URI> proposed = new HashSet<>();
			return StreamSupport.stream(candidates.spliterator(), false)
					.filter(candidate -> proposed.add(candidate.getEObjectURI()))
					.filter(candidate -> !claimKind || !isAbstractKind(candidate, context))
					.iterator();
		};
	}

	/** The {@code kind} of a claim in a document (not the base of a kind in a schema, which may be abstract). */
	private static boolean isKindOfClaim(CrossReference crossReference) {
		ParserRule rule = GrammarUtil.containingParserRule(crossReference);
		Assignment assignment = GrammarUtil.containingAssignment(crossReference);
		return rule != null && "Claim".equals(rule.getName()) && assignment != null && "kind".equals(assignment.getFeature());
	}

	private static boolean isAbstractKind(IEObjectDescription candidate, ContentAssistContext context) {
		EObject kind = candidate.getEObjectOrProxy();
		if (kind.eIsProxy() && context.getResource() != null) {
			kind = EcoreUtil.resolve(kind, context.getResource());
		}
		return kind instanceof ClaimKind claimKind && !claimKind.eIsProxy() && claimKind.isAbstract();
	}
}
