package org.claimbench.core;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's resource validation without the model checks: every link resolved, then the syntax and linking errors
 * reported as full validation reports them. What makes a document unusable for comparing coders' versions; the
 * {@code @Check} rules (quotes, attribute types, ...) are {@code claimbench validate}'s business.
 */
final class SyntaxAndLinkValidator extends ResourceValidatorImpl {

	@Override
	protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		// The model checks are what this validator leaves out.
	}
}
