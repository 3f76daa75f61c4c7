package org.claimbench.ui.crashdriver;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimsFactory;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.TextValue;
import org.claimbench.ui.internal.commands.NewClaimHandler;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.workspace.internal.model.AnnotationEdits;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

/**
 * Annotates the sample statement as a specialist would, until the process is killed: selects words and runs
 * Annotate > New Claim, sets an attribute as Claim Details does, now and then saves as File > Save does; a step every
 * few hundred milliseconds (seeded), so that the kill lands before, during and after the journal's writes. Each step
 * is logged, once made, with the fingerprint of the document's claims after it ({@link ModelListing}) and, for saves
 * and the start, the fingerprint of the file's bytes on disk.
 */
final class Annotator {

	/** The edits, in a cycle: new claims and attribute changes. */
	private static final String[] EDITS = { "Need", "ContinuationCommitment", "purposes", "IntentToContinue", "purposes" };
	/**
	 * A save as the fourth step, then every 25th: the test kills a run once an edit older than the journal's promise
	 * is unsaved, so that a workbench that kept nothing would fail; saves every few seconds would never leave one.
	 */
	private static final int FIRST_SAVE = 4;
	private static final int SAVE_EVERY = 25;
	private static final int MIN_PAUSE_MILLIS = 150;
	private static final int MAX_PAUSE_MILLIS = 600;
	/** A run the test never kills stops by itself. */
	private static final int MAX_STEPS = 1000;

	private final DriverSettings settings;
	private final Random random;
	private DriverLog log;
	private AnnotationEditor editor;
	private IFile file;
	private int step;
	private int made;
	private Claim lastCommitment;

	Annotator(DriverSettings settings) {
		this.settings = settings;
		this.random = new Random(settings.seed());
	}

	void start() throws Exception {
		file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(DriverSettings.DOCUMENT));
		IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
		editor = (AnnotationEditor) IDE.openEditor(page, file, AnnotationEditor.ID);
		page.activate(editor);
		log = new DriverLog(settings.log());
		log.line(0, System.currentTimeMillis(), "start", fingerprint(), claims().size(), "disk=" + diskFingerprint());
		next();
	}

	private void next() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.timerExec(MIN_PAUSE_MILLIS + random.nextInt(MAX_PAUSE_MILLIS - MIN_PAUSE_MILLIS + 1), this::step);
	}

	private void step() {
		if (editor.sourceWidget() == null || editor.sourceWidget().isDisposed() || step >= MAX_STEPS) {
			return;
		}
		step++;
		boolean saveNow = settings.saves() && step >= FIRST_SAVE && (step - FIRST_SAVE) % SAVE_EVERY == 0;
		String what = saveNow ? "save" : EDITS[step % EDITS.length];
		try {
			// A new claim shows in Claim Details, which may take the focus: commands act on the active part.
			editor.getSite().getPage().activate(editor);
			String done = switch (what) {
			case "save" -> save();
			case "purposes" -> setPurposes();
			default -> newClaim(what);
			};
			if (done != null) {
				made++;
				log.line(made, System.currentTimeMillis(), done, fingerprint(), claims().size(),
						what.equals("save") ? "disk=" + diskFingerprint() : "");
			}
		} catch (Exception e) {
			ILog.of(getClass()).error("The crash test driver's step " + what + " failed", e);
		}
		next();
	}

	/** Selects a few whole words at a random place and runs New Claim on them, as the menu item does. */
	private String newClaim(String kind) throws Exception {
		String source = editor.session().sourceText();
		int offset = random.nextInt(source.length() - 200);
		while (offset > 0 && Character.isLetter(source.charAt(offset - 1))) {
			offset--;
		}
		while (!Character.isLetter(source.charAt(offset))) {
			offset++;
		}
		int end = offset;
		for (int words = 1 + random.nextInt(4); words > 0; words--) {
			while (Character.isLetter(source.charAt(end))) {
				end++;
			}
			if (words > 1) {
				while (!Character.isLetter(source.charAt(end))) {
					end++;
				}
			}
		}
		editor.selectWords(offset, end - offset);
		ITextSelection selected = editor.sourceSelection();
		if (selected.getOffset() != offset || selected.getLength() != end - offset) {
			return null;
		}
		int before = claims().size();
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(NewClaimHandler.COMMAND),
				Map.of(NewClaimHandler.KIND, kind, NewClaimHandler.HOLDERS, "Ministers"));
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		List<Claim> claims = claims();
		if (claims.size() != before + 1) {
			return null;
		}
		Claim claim = claims.get(claims.size() - 1);
		if (kind.equals("ContinuationCommitment")) {
			lastCommitment = claim;
		}
		return "new-claim " + claim.getName() + " " + kind + " \"" + source.substring(offset, end) + "\" at " + offset;
	}

	/** Gives the commitment made last a new purpose, the edit Claim Details makes when a value is typed. */
	private String setPurposes() {
		if (lastCommitment == null || lastCommitment.eResource() == null) {
			return null;
		}
		AttributeDef purposes = lastCommitment.getKind().getAttributes().stream().filter(a -> a.getName().equals("purposes"))
				.findFirst().orElseThrow(() -> new IllegalStateException("the sample's schema lost the attribute purposes"));
		TextValue value = ClaimsFactory.eINSTANCE.createTextValue();
		value.setValue("purpose of step " + step);
		String label = "Set purposes of " + lastCommitment.getName();
		return editor.apply(label, AnnotationEdits.setAttribute(lastCommitment, purposes, List.of(value)))
				? "set-attribute " + lastCommitment.getName() + " purposes \"" + value.getValue() + "\""
				: null;
	}

	/**
	 * Saves the editor as File > Save does, without asking. Not through the command: run while a view had the focus
	 * it once asked "Save 'us-japan-edd-2024.claims'?" and the driver stood still before the dialog.
	 */
	private String save() {
		if (!editor.isDirty()) {
			return null;
		}
		editor.getSite().getPage().saveEditor(editor, false);
		return editor.isDirty() ? null : "save";
	}

	private List<Claim> claims() {
		Document document = editor.session().document();
		return document == null ? List.of() : document.getClaims();
	}

	private String fingerprint() {
		return ModelListing.fingerprint(ModelListing.lines(editor.session().document()));
	}

	private String diskFingerprint() throws IOException {
		return ModelListing.sha256(Files.readAllBytes(file.getLocation().toPath()));
	}
}
