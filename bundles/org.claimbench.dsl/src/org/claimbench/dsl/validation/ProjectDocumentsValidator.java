package org.claimbench.dsl.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.claimbench.dsl.scoping.ProjectGlobalScopeProvider;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/**
 * The documents of a project refer to each other by name: a document's name must be its own in the
 * project, an actor of a register must be declared by one register only, and a register declares
 * actors and nothing else. Composed into {@link ClaimDocumentValidator}.
 */
public class ProjectDocumentsValidator extends AbstractDeclarativeValidator {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	@Inject
	private IGlobalScopeProvider globalScopes;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into ClaimDocumentValidator, which registers for the package
	}

	@Check
	public void checkDocumentNameIsUniqueInProject(Document document) {
		if (document.getName() == null) {
			return;
		}
		List<URI> others = otherFiles(document, CLAIMS.getDocument(), QualifiedName.create(document.getName()));
		if (!others.isEmpty()) {
			error("Another document of this project is also named '" + document.getName() + "': "
					+ others.stream().map(uri -> Locations.file(uri, document.eResource())).collect(Collectors.joining(", "))
					+ "; references such as " + document.getName() + ".x could not tell them apart. Rename one",
					document, CLAIMS.getNamedElement_Name(), IssueCodes.DUPLICATE_DOCUMENT);
		}
	}

	@Check
	public void checkRegisterActorIsDeclaredOnce(Actor actor) {
		if (!(actor.eContainer() instanceof Document register) || !register.isRegister() || actor.getName() == null) {
			return;
		}
		List<URI> others = otherFiles(actor, CLAIMS.getActor(), QualifiedName.create(actor.getName()));
		if (!others.isEmpty()) {
			error(ClaimDocumentValidator.capitalized(Describe.element(actor)) + " is declared by another register of this project too: "
					+ others.stream().map(uri -> Locations.file(uri, actor.eResource())).collect(Collectors.joining(", "))
					+ "; every document would get one of them by chance. Keep one register entry", actor,
					CLAIMS.getNamedElement_Name(), IssueCodes.DUPLICATE_REGISTER_ACTOR);
		}
	}

	@Check
	public void checkRegisterDeclaresActorsOnly(Document document) {
		if (!document.isRegister()) {
			return;
		}
		for (Claim claim : document.getClaims()) {
			error("A register declares actors only; claim '" + claim.getName() + "' belongs in the document of the statement"
					+ " that makes it", claim, CLAIMS.getNamedElement_Name(), IssueCodes.NOT_IN_REGISTER);
		}
		for (Relation relation : document.getRelations()) {
			error("A register declares actors only; relations belong in the documents of the statements", relation,
					CLAIMS.getRelation_Kind(), IssueCodes.NOT_IN_REGISTER);
		}
		for (ActorMentions mentions : document.getMentions()) {
			error("A register has no source text, so it mentions no actor; write the mentions in the documents of the"
					+ " statements that name the actor", mentions, null, IssueCodes.NOT_IN_REGISTER);
		}
		for (Actor actor : document.getActors()) {
			if (!actor.getAnchors().isEmpty()) {
				error("A register has no source text, so " + Describe.element(actor) + " cannot have mentions here;"
						+ " mention it in the documents of the statements that name it", actor.getAnchors().get(0), null,
						IssueCodes.NOT_IN_REGISTER);
			}
		}
	}

	private List<URI> otherFiles(EObject element, EClass type, QualifiedName name) {
		return globalScopes instanceof ProjectGlobalScopeProvider project && element.eResource() != null
				? project.otherFilesDeclaring(element.eResource(), type, name) : List.of();
	}
}
