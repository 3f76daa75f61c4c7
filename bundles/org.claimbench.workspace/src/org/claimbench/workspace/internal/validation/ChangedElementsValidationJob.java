package org.claimbench.workspace.internal.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.model.claims.Document;
import org.claimbench.workspace.internal.model.AnnotationDelta;
import org.claimbench.workspace.internal.model.AnnotationSession;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxEValidator;

/**
 * Validates what an edit changed on the live model, right after the edit, and merges the problems found into the
 * file's markers: the elements it added or changed, those that refer to an element it changed or removed (a
 * relation's ends, a claim's holders, a group's members), and the document's own rules, which look at all its
 * elements (distinct names, relations given once). The markers of every other element stay as they are.
 * <p>
 * Nothing is serialized or parsed, so the markers follow an edit in milliseconds rather than after the validation
 * pause. The whole-document {@link ValidationJob} still runs after that pause and replaces every marker: it is the
 * authority, and also the one that knows lines (an element the edit added has no text yet, so its markers name no
 * line until then).
 */
public final class ChangedElementsValidationJob extends Job {

	public static final Object FAMILY = ChangedElementsValidationJob.class;

	/**
	 * Codes of the rules checked on the document as a whole that report on its elements: their markers are
	 * replaced by the document's rules run again, whichever element holds them.
	 */
	static final Set<String> DOCUMENT_WIDE_CODES = Set.of(IssueCodes.DUPLICATE_NAME, IssueCodes.DUPLICATE_RELATION,
			IssueCodes.NOT_IN_REGISTER, IssueCodes.PROVENANCE_IN_VERSION, IssueCodes.UNKNOWN_CODER);

	private final AnnotationSession session;
	/** Elements added since the last run; guarded by {@link #removed}, as the next two. */
	private final Set<EObject> added = new LinkedHashSet<>();
	/** Elements changed since the last run. */
	private final Set<EObject> changed = new LinkedHashSet<>();
	/** Elements removed since the last run. */
	private final Set<EObject> removed = new LinkedHashSet<>();
	/** Set when the editor closes: its markers then describe the file again, which later edits here must not touch. */
	private volatile boolean stopped;

	public ChangedElementsValidationJob(AnnotationSession session) {
		super("Validating the changes of " + session.file().getName());
		this.session = session;
		setSystem(true);
	}

	/**
	 * Validates what the change touched, at once. A change of everything (the text was parsed again) is left to the
	 * whole-document validation: there is nothing smaller to validate.
	 */
	public void request(AnnotationDelta delta) {
		synchronized (removed) {
			if (delta.everything()) {
				added.clear();
				changed.clear();
				removed.clear();
				return;
			}
			if (delta.isEmpty()) {
				return;
			}
			added.addAll(delta.added());
			delta.changed().stream().filter(element -> !added.contains(element)).forEach(changed::add);
			removed.addAll(delta.removed());
			added.removeAll(delta.removed());
			changed.removeAll(delta.removed());
		}
		schedule();
	}

	/** No more markers from this session's edits, not even from a run under way. */
	public void stop() {
		stopped = true;
		cancel();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Set<EObject> added;
		Set<EObject> changed;
		Set<EObject> gone;
		synchronized (removed) {
			added = new LinkedHashSet<>(this.added);
			changed = new LinkedHashSet<>(this.changed);
			gone = new LinkedHashSet<>(removed);
			this.added.clear();
			this.changed.clear();
			removed.clear();
		}
		if (added.isEmpty() && changed.isEmpty() && gone.isEmpty()) {
			return Status.OK_STATUS;
		}
		try {
			Found found = session.read(resource -> validate(resource, added, changed, gone, monitor::isCanceled));
			if (found == null || monitor.isCanceled() || stopped) {
				return Status.CANCEL_STATUS;
			}
			ProblemMarkers.merge(session.file(), found::stale, found.issues());
			return Status.OK_STATUS;
		} catch (CoreException | RuntimeException e) {
			// The whole-document validation after the pause writes every marker anyway: a failed run is logged only.
			ILog.of(getClass()).warn("Could not validate the changes of " + session.file().getFullPath() + ": " + e.getMessage(), e);
			return Status.OK_STATUS;
		}
	}

	/**
	 * What a run found: the owners it validated again, those the edits removed, and the issues that replace their
	 * markers, each with its owner.
	 */
	record Found(Set<String> validated, Set<String> removed, Map<Issue, String> issues) {

		/**
		 * Whether the marker is replaced: every marker of a removed element, and of a validated one all but those
		 * of unresolved names, which the linker found when the text was parsed and which no validation of the live
		 * model finds again (an edit links to objects, never to names); the whole-document validation has them.
		 */
		boolean stale(IMarker marker) {
			String owner = marker.getAttribute(ProblemMarkers.OWNER, null);
			String code = marker.getAttribute(ProblemMarkers.CODE, "");
			return removed.contains(owner) || DOCUMENT_WIDE_CODES.contains(code)
					|| (validated.contains(owner) && !LINKING_CODES.contains(code));
		}
	}

	private static final Set<String> LINKING_CODES = Set.of(IssueCodes.UNRESOLVED_REFERENCE,
			org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC);

	/** Runs under the session's lock: the live model does not change meanwhile. Null when there is nothing to say. */
	static Found validate(XtextResource resource, Set<EObject> added, Set<EObject> changed, Set<EObject> removed,
			CancelIndicator cancel) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)
				|| (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors())) {
			return null;
		}
		// An element can have left the document since (an edit undone meanwhile): then it is gone.
		Set<EObject> live = new LinkedHashSet<>();
		Set<EObject> gone = new HashSet<>(removed);
		Set<EObject> referredTo = new HashSet<>(removed);
		for (EObject element : added) {
			(element.eContainer() == document ? live : gone).add(element);
		}
		for (EObject element : changed) {
			(element.eContainer() == document ? live : gone).add(element);
			referredTo.add(element);
		}
		live.addAll(referringTo(document, referredTo, live));

		Set<String> validated = new HashSet<>();
		validated.add(IssueOwners.ROOT);
		live.forEach(element -> validated.add(IssueOwners.ofElement(element)));
		Set<String> removedOwners = new HashSet<>();
		gone.forEach(element -> removedOwners.add(IssueOwners.ofElement(element)));
		// An element removed and another added under its name (undo of a rename, say): the live one speaks.
		removedOwners.removeAll(validated);

		Diagnostician diagnostician = resource.getResourceServiceProvider().get(Diagnostician.class);
		Map<Object, Object> options = new HashMap<>();
		options.put(CheckMode.KEY, CheckMode.ALL);
		options.put(CancelableDiagnostician.CANCEL_INDICATOR, cancel);
		options.put(ConcreteSyntaxEValidator.DISABLE_CONCRETE_SYNTAX_EVALIDATOR, Boolean.TRUE);
		options.put(EValidator.class, diagnostician);
		options.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, resource.getLanguageName());

		BasicDiagnostic found = new BasicDiagnostic();
		for (EObject element : live) {
			if (cancel.isCanceled()) {
				return null;
			}
			found.addAll(diagnostician.validate(element, options));
		}
		// The document's own rules, without its contents (the elements above are all that changed).
		EValidator.Registry registry = resource.getResourceServiceProvider().get(EValidator.Registry.class);
		EValidator validator = registry.getEValidator(document.eClass().getEPackage());
		if (validator != null) {
			Map<Object, Object> context = new HashMap<>(options);
			validator.validate(document.eClass(), document, found, context);
		}

		IDiagnosticConverter converter = resource.getResourceServiceProvider().get(IDiagnosticConverter.class);
		Map<Issue, String> issues = new LinkedHashMap<>();
		for (Diagnostic diagnostic : found.getChildren()) {
			EObject object = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject o) ? null : o;
			converter.convertValidatorDiagnostic(diagnostic, issue -> {
				if (issue instanceof Issue.IssueImpl located) {
					// Positions of the text the model was last parsed from, which edits have moved on from.
					located.setLineNumber(null);
					located.setLineNumberEnd(null);
					located.setColumn(null);
					located.setColumnEnd(null);
					located.setOffset(null);
					located.setLength(null);
				}
				issues.put(issue, object == null ? IssueOwners.ROOT : IssueOwners.of(object));
			});
		}
		return new Found(validated, removedOwners, issues);
	}

	/**
	 * The elements of the document, beside the changed ones, that refer to one of the given elements: their
	 * checks read what they refer to (a relation's allowed ends, a holder's kind). None when only new elements
	 * were added, which nothing refers to yet.
	 */
	private static Set<EObject> referringTo(Document document, Set<EObject> targets, Set<EObject> validated) {
		Set<EObject> referring = new LinkedHashSet<>();
		if (targets.isEmpty()) {
			return referring;
		}
		for (List<? extends EObject> elements : List.of(document.getActors(), document.getClaims(),
				document.getRelations(), document.getMentions())) {
			for (EObject element : elements) {
				if (!validated.contains(element) && refersTo(element, targets)) {
					referring.add(element);
				}
			}
		}
		return referring;
	}

	private static boolean refersTo(EObject element, Set<EObject> targets) {
		if (element.eCrossReferences().stream().anyMatch(targets::contains)) {
			return true;
		}
		for (TreeIterator<EObject> contents = element.eAllContents(); contents.hasNext();) {
			if (contents.next().eCrossReferences().stream().anyMatch(targets::contains)) {
				return true;
			}
		}
		return false;
	}
}
