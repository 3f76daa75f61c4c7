package org.claimbench.ui.internal.commands;

import java.util.function.Consumer;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.AnnotationEdits;
import org.claimbench.workspace.internal.model.VisibleActors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Annotate > New Actor Mention: marks the selected words as a mention of an existing actor, or of a new one
 * of a schema actor kind. A dialog asks which, unless the command's parameters say.
 */
public final class NewMentionHandler extends AbstractHandler {

	public static final String COMMAND = "org.claimbench.ui.newMention";
	/** The name of an existing actor. */
	public static final String ACTOR = "org.claimbench.ui.newMention.actor";
	/** The name of a new actor, with {@link #ACTOR_KIND}. */
	public static final String NEW_ACTOR = "org.claimbench.ui.newMention.newActor";
	public static final String ACTOR_KIND = "org.claimbench.ui.newMention.actorKind";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		AnnotationTarget target = AnnotationTarget.of(event, "New Actor Mention");
		if (target == null) {
			return null;
		}
		Document document = target.editor().session().document();
		Consumer<Document> edit;
		if (event.getParameter(ACTOR) != null) {
			Actor actor = SchemaChoices.actorNamed(document, event.getParameter(ACTOR));
			if (actor == null) {
				throw new ExecutionException("The document has no actor " + event.getParameter(ACTOR));
			}
			edit = AnnotationEdits.newMention(actor, target.offset(), target.quote());
		} else if (event.getParameter(NEW_ACTOR) != null) {
			String kindName = event.getParameter(ACTOR_KIND);
			ActorKind kind = kindName == null ? null : SchemaChoices.kindNamed(SchemaChoices.actorKinds(document), kindName);
			edit = AnnotationEdits.newActor(event.getParameter(NEW_ACTOR), kind, target.offset(), target.quote());
		} else {
			NewMentionDialog dialog = new NewMentionDialog(HandlerUtil.getActiveShell(event), target.quote(),
					VisibleActors.of(document), SchemaChoices.actorKinds(document));
			if (dialog.open() != Window.OK) {
				return null;
			}
			edit = dialog.existingActor() != null
					? AnnotationEdits.newMention(dialog.existingActor(), target.offset(), target.quote())
					: AnnotationEdits.newActor(dialog.newActorName(), dialog.newActorLabel(), dialog.newActorKind(),
							target.offset(), target.quote());
		}
		target.editor().apply("New Actor Mention", edit);
		return null;
	}
}
