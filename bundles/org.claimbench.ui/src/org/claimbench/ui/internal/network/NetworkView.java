package org.claimbench.ui.internal.network;

import java.util.List;
import java.util.Map;

import org.claimbench.core.network.Network;
import org.claimbench.core.network.NetworkSpec;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.KindColors;
import org.claimbench.ui.internal.editor.OpenDocuments;
import org.claimbench.workspace.internal.model.AnnotationSession;
import org.claimbench.workspace.internal.model.ProjectDocuments;
import org.claimbench.workspace.internal.model.Span;
import org.claimbench.ui.internal.views.ActiveAnnotationEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The claim graph of the active statement's project: every actor and claim of its statements, who holds what and
 * how claims relate, also across statements. Read and laid out in a job; a click on a node shows that claim or
 * actor in its statement's annotation editor, and so in the Claims view.
 */
public final class NetworkView extends ViewPart {

	public static final String ID = "org.claimbench.ui.networkView";
	/** Waits for editing to pause before laying the project out again. */
	private static final int DELAY_MILLIS = 500;

	private Label message;
	private NetworkCanvas canvas;
	private ActiveAnnotationEditor active;
	private Job layout;
	private IProject project;
	private Map<String, NodeTarget> targets = Map.of();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		message = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		canvas = new NetworkCanvas(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.scroller());
		canvas.onPick(this::reveal);
		Action relayout = new Action("Lay Out Again") {
			@Override
			public void run() {
				layOut(0);
			}
		};
		relayout.setToolTipText("Reads the project's statements again and lays out their network");
		getViewSite().getActionBars().getToolBarManager().add(relayout);
		active = new ActiveAnnotationEditor(getSite().getPage(), () -> layOut(0), delta -> layOut(DELAY_MILLIS));
		layOut(0);
	}

	/** Reads the project of the active annotation editor and lays out its network in a job. */
	private void layOut(int delay) {
		if (canvas.control().isDisposed()) {
			return;
		}
		AnnotationEditor editor = active.editor();
		if (editor == null) {
			if (project == null) {
				message.setText("Open a statement of a project to see the project's network.");
			}
			return;
		}
		IProject next = editor.session().file().getProject();
		if (layout != null) {
			layout.cancel();
		}
		project = next;
		Map<IFile, AnnotationSession> unsaved = OpenDocuments.unsaved(getSite().getPage(), next);
		NodeMeasure measure = NodeMeasure.of(canvas.control());
		Display display = canvas.control().getDisplay();
		setContentDescription("Laying out " + next.getName() + "...");
		layout = Job.create("Laying out the network of " + next.getName(), (IProgressMonitor monitor) -> {
			SubMonitor progress = SubMonitor.convert(monitor, 10);
			try {
				List<Document> documents = ProjectDocuments.load(next, OpenDocuments.texts(unsaved), progress.split(5));
				Network network = NetworkSpec.FULL.build(documents);
				progress.subTask("Laying out " + network.nodes().size() + " nodes");
				PlacedNetwork placed = NetworkLayout.of(network, measure);
				Map<String, NodeTarget> found = NodeTarget.of(documents);
				KindColors colours = KindColors.of(documents.stream().filter(d -> !d.isRegister()).findFirst().orElse(null));
				String summary = summary(next, network);
				display.asyncExec(() -> show(next, placed, found, colours, summary));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				display.asyncExec(() -> fail("The network of " + next.getName() + " cannot be laid out: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		layout.setSystem(true);
		layout.schedule(delay);
	}

	private static String summary(IProject project, Network network) {
		long actors = network.nodes().stream().filter(n -> "actor".equals(n.data().get("type"))).count();
		long claims = network.nodes().size() - actors;
		long relations = network.edges().stream().filter(e -> "relation".equals(e.type())).count();
		return project.getName() + ": " + actors + " actors, " + claims + " claims, " + relations
				+ " relations. Click a node to show it in its statement; Ctrl+wheel or + and - zoom.";
	}

	/** Shows a network laid out elsewhere (the benchmark's, or the job's), with the colours of the kinds. */
	public void show(IProject of, PlacedNetwork placed, Map<String, NodeTarget> found, KindColors colours, String summary) {
		if (canvas.control().isDisposed() || of != project) {
			return;
		}
		targets = found;
		message.setText(summary);
		setContentDescription("");
		canvas.show(placed, kind -> kind == null ? null : colours.colour(kind));
		message.getParent().layout(true, true);
		canvas.fitWidth();
	}

	private void fail(String why) {
		if (!canvas.control().isDisposed()) {
			message.setText(why);
			canvas.show(PlacedNetwork.EMPTY, kind -> null);
			message.getParent().layout(true, true);
		}
	}

	/**
	 * Shows the node's claim or actor: an actor where the active statement mentions it, else (and a claim always)
	 * in the statement that declares it.
	 */
	private void reveal(PlacedNetwork.Node node) {
		NodeTarget target = targets.get(node.id());
		if (target == null || target.file() == null) {
			return;
		}
		AnnotationEditor editor = active.editor();
		if (target.type() == Actor.class && editor != null) {
			Span mention = Span.of(editor.session().document()).stream()
					.filter(span -> span.owner() instanceof Actor actor && target.name().equals(actor.getName())).findFirst().orElse(null);
			if (mention != null) {
				editor.reveal(mention);
				return;
			}
		}
		try {
			if (OpenDocuments.reveal(getSite().getPage(), target.file(), target.type(), target.name()) == null) {
				message.setText(target.file().getName() + " has no " + (target.type() == Claim.class ? "claim " : "actor ")
						+ target.name() + " any more; lay the network out again.");
			}
		} catch (PartInitException e) {
			message.setText("Cannot open " + target.file().getFullPath() + ": " + e.getMessage());
		}
	}

	public NetworkCanvas canvas() {
		return canvas;
	}

	public String message() {
		return message.getText();
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		if (active != null) {
			active.dispose();
		}
		if (layout != null) {
			layout.cancel();
		}
		super.dispose();
	}
}
