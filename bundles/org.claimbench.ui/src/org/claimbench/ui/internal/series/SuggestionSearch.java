package org.claimbench.ui.internal.series;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.claimbench.core.series.LinkSuggestions;
import org.claimbench.core.series.LinkSuggestions.Suggestion;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.AnnotationSession;
import org.claimbench.ui.internal.editor.OpenDocuments;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Looks for links the coder of one statement may have missed: its claims that reuse the wording of an earlier
 * statement of the project and link to no earlier claim yet ({@link LinkSuggestions}, as {@code track --suggest}).
 * Hands the suggestions not dismissed before, or a message, to the UI thread.
 */
final class SuggestionSearch extends Job {

	/** What was found: the suggestions, or (when there are none) why nothing is suggested. */
	record Found(List<Suggestion> suggestions, String message) {
	}

	private final IFile statement;
	private final Map<IFile, AnnotationSession> unsaved;
	private final Display display;
	private final Consumer<Found> onFound;

	SuggestionSearch(IFile statement, Map<IFile, AnnotationSession> unsaved, Display display, Consumer<Found> onFound) {
		super("Suggesting links for " + statement.getName());
		this.statement = statement;
		this.unsaved = unsaved;
		this.display = display;
		this.onFound = onFound;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		Found found;
		try {
			SeriesTracking tracked = SeriesTracking.of(statement.getProject(), OpenDocuments.texts(unsaved), progress.split(7));
			Document document = tracked.statement(statement);
			if (document == null) {
				found = new Found(List.of(), statement.getName() + " is not read as a statement of the series (a register, "
						+ "or another coder's version of a statement): nothing to suggest.");
			} else {
				progress.subTask("Comparing the wording with the earlier statements");
				List<Suggestion> suggestions = LinkSuggestions.of(tracked.result()).stream()
						.filter(s -> s.statement() == document && !DismissedLinks.isDismissed(s)).toList();
				found = new Found(suggestions, suggestions.isEmpty() ? "No suggested links: no claim of " + document.getName()
						+ " that links to no earlier claim reuses the wording of an earlier statement." : null);
			}
			progress.worked(3);
		} catch (CoreException e) {
			found = new Found(List.of(), "The project's statements cannot be read: " + e.getMessage());
		}
		if (progress.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Found result = found;
		if (!display.isDisposed()) {
			display.asyncExec(() -> onFound.accept(result));
		}
		return Status.OK_STATUS;
	}
}
