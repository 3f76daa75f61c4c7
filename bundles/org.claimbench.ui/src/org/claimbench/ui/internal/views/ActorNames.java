package org.claimbench.ui.internal.views;

import java.util.Set;
import java.util.regex.Pattern;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

/** Whether a name can be given to an actor: the document's language must be able to write it and find it again. */
final class ActorNames {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");
	private static Set<String> keywords;

	private ActorNames() {
	}

	/** Why the actor cannot have the name, or null when it can. */
	static String problem(Document document, Actor actor, String name) {
		if (name.isEmpty()) {
			return "An actor needs a name.";
		}
		if (!IDENTIFIER.matcher(name).matches()) {
			return "\u201C" + name + "\u201D is not a name: use letters, digits and _, starting with a letter (e.g. "
					+ suggestion(name) + "); the words as written go in the label.";
		}
		if (keywords().contains(name)) {
			return "\u201C" + name + "\u201D is a word of the annotation language; choose another name.";
		}
		for (DocumentElement other : document.getActors()) {
			if (other != actor && name.equals(other.getName())) {
				return "The document has an actor " + name + " already.";
			}
		}
		for (DocumentElement other : document.getClaims()) {
			if (name.equals(other.getName())) {
				return "The document has a claim " + name + "; actors and claims need names of their own.";
			}
		}
		return null;
	}

	private static String suggestion(String name) {
		StringBuilder id = new StringBuilder();
		for (String word : name.split("[^A-Za-z0-9_]+")) {
			if (!word.isEmpty()) {
				id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
			id.insert(0, 'A');
		}
		return id.toString();
	}

	private static synchronized Set<String> keywords() {
		if (keywords == null) {
			keywords = GrammarUtil.getAllKeywords(ProjectModelLoader.injector(ProjectModelLoader.DOCUMENT_EXTENSION).getInstance(IGrammarAccess.class).getGrammar());
		}
		return keywords;
	}
}
