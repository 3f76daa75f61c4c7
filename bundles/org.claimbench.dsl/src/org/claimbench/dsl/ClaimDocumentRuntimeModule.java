package org.claimbench.dsl;

import org.claimbench.dsl.conversion.ClaimBenchValueConverters;
import org.claimbench.dsl.formatting.ClaimDocumentFormatter;
import org.claimbench.dsl.linking.ClaimBenchLinkingMessages;
import org.claimbench.dsl.naming.ClaimDocumentNames;
import org.claimbench.dsl.scoping.ProjectGlobalScopeProvider;
import org.claimbench.dsl.messages.ClaimBenchSyntaxMessages;
import org.claimbench.dsl.naming.NamedContentsStrategy;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;

/** Bindings of the annotation language (.claims). */
public class ClaimDocumentRuntimeModule extends AbstractClaimDocumentRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return ClaimBenchValueConverters.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return ClaimDocumentFormatter.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return ClaimBenchLinkingMessages.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return ProjectGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return ClaimDocumentNames.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return ClaimBenchSyntaxMessages.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return NamedContentsStrategy.class;
	}
}
