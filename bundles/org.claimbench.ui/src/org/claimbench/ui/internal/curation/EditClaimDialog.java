package org.claimbench.ui.internal.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimbench.core.curation.Choice;
import org.claimbench.core.curation.Curation;
import org.claimbench.core.curation.CurationUnit;
import org.claimbench.dsl.schema.ValueText;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Edit... on a disputed claim: for each part of it (the quoted words, kind, holders, each attribute) the curator
 * picks whose version to keep, so that one coder's span can go with another's attributes. Picking one coder
 * for every part is taking that coder's version; anything else makes an edited claim.
 */
final class EditClaimDialog extends Dialog {

	private static final String QUOTES = "quoted words";
	private static final String KIND = "kind";
	private static final String HOLDERS = "holders";

	private final Curation curation;
	private final CurationUnit unit;
	/** The coders that have a version of the claim, in order. */
	private final List<Integer> coders = new ArrayList<>();
	private final Map<String, Combo> parts = new LinkedHashMap<>();
	private Choice choice;

	EditClaimDialog(Shell shell, Curation curation, CurationUnit unit) {
		super(shell);
		this.curation = curation;
		this.unit = unit;
		for (int coder = 0; coder < curation.coders().size(); coder++) {
			if (unit.hasVersion(coder)) {
				coders.add(coder);
			}
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Edit " + CurationEditor.label(unit));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	private Claim claim(int coder) {
		return (Claim) unit.version(coder).get(0);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("For each part of the claim, whose version does the gold keep?");
		intro.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		int start = curation.choice(unit).kind() == Choice.Kind.TAKE ? coders.indexOf(curation.choice(unit).coder()) : 0;
		part(area, QUOTES, c -> c.getAnchors().stream().map(VersionText::quoted).collect(Collectors.joining(" + ")), start);
		part(area, KIND, c -> VersionText.name(c.getKind()), start);
		part(area, HOLDERS, c -> c.getHolders().stream().map(VersionText::name).collect(Collectors.joining(", ")), start);
		TreeSet<String> attributes = new TreeSet<>();
		coders.forEach(coder -> claim(coder).getAttributes().forEach(a -> attributes.add(VersionText.name(a.getAttribute()))));
		for (String attribute : attributes) {
			part(area, attribute, c -> {
				AttributeValue value = attribute(c, attribute);
				return value == null ? "(none)" : value.isUnstated() ? "unstated"
						: value.getValues().stream().map(ValueText::written).collect(Collectors.joining(", "));
			}, start);
		}
		return area;
	}

	private void part(Composite area, String name, Function<Claim, String> value, int start) {
		new Label(area, SWT.NONE).setText(name + ":");
		Combo combo = new Combo(area, SWT.READ_ONLY);
		for (int coder : coders) {
			String shown = value.apply(claim(coder));
			combo.add(curation.coders().get(coder) + ": " + (shown.length() > 90 ? shown.substring(0, 87) + "..." : shown));
		}
		combo.select(Math.max(0, start));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 520;
		combo.setLayoutData(data);
		parts.put(name, combo);
	}

	private static AttributeValue attribute(Claim claim, String name) {
		return claim.getAttributes().stream().filter(a -> VersionText.name(a.getAttribute()).equals(name)).findFirst().orElse(null);
	}

	private int picked(String part) {
		return coders.get(Math.max(0, parts.get(part).getSelectionIndex()));
	}

	@Override
	protected void okPressed() {
		choice = build();
		super.okPressed();
	}

	/** The choice the picks make: one coder's version when they all name one coder, else the claim put together. */
	Choice build() {
		TreeSet<Integer> used = new TreeSet<>();
		parts.keySet().forEach(part -> used.add(picked(part)));
		if (used.size() == 1) {
			return Choice.take(used.first());
		}
		Claim edited = EcoreUtil.copy(claim(picked(QUOTES)));
		edited.setKind(claim(picked(KIND)).getKind());
		edited.getHolders().clear();
		edited.getHolders().addAll(claim(picked(HOLDERS)).getHolders());
		edited.getAttributes().clear();
		for (String part : parts.keySet()) {
			if (!List.of(QUOTES, KIND, HOLDERS).contains(part)) {
				AttributeValue value = attribute(claim(picked(part)), part);
				if (value != null) {
					edited.getAttributes().add(EcoreUtil.copy(value));
				}
			}
		}
		return Choice.edited(edited);
	}

	/** What OK made, or null. */
	Choice choice() {
		return choice;
	}
}
