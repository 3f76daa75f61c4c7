package org.claimbench.dsl.naming;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Document;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * The names a document's elements are known by in other files of its project: {@code d2023.reaffirm} for a
 * claim or actor of document {@code d2023}, and the plain name for an actor of a register, which every
 * document of the project uses as if it had declared it itself.
 */
public class ClaimDocumentNames extends DefaultDeclarativeQualifiedNameProvider {

	protected QualifiedName qualifiedName(Actor actor) {
		if (actor.getName() == null) {
			return null;
		}
		if (actor.eContainer() instanceof Document document && document.isRegister()) {
			return QualifiedName.create(actor.getName());
		}
		return actor.eContainer() instanceof Document document && document.getName() != null
				? QualifiedName.create(document.getName(), actor.getName())
				: QualifiedName.create(actor.getName());
	}
}
