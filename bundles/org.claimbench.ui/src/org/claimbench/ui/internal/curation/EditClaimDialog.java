package org.claimbench.ui.internal.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimbench.core.curation.Choice;
import org.claimbench.core.curation.Curation;
import org.claimbench.core.curation.CurationUnit;
import org.claimbench.dsl.schema.ValueText;
import org.claimbench.model.claims.AttributeDef;
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
import org.eclipse.swt.widgets.Text;

/**
 * Edit... on a disputed claim: for each part of it (the quoted words, kind, holders, each attribute) the curator
 * picks whose version to keep, so that one coder's span can go with another's attributes, or types what none of
 * the coders gave (words found again in the text, a kind, holders, a value the schema allows), which is checked
 * before the dialog closes. Picking one coder for every part is taking that coder's version; anything else makes
 * an edited claim.
 */
final class EditClaimDialog extends Dialog {

	private static final String QUOTES = "quoted words";
	private static final String KIND = "kind";
	private static final String HOLDERS = "holders";
	static final String TYPED = "other: as typed \u2192";

	/** One part's row: whose version, the text to type in, and how typed text goes into the claim. */
	private static final class Row {
		Combo combo;
		Text typed;
		Function<Claim, String> typedText;
		BiFunction<String, Claim, TypedParts.Part> parser;
		/** The coder picked last, whose version a typed value starts from. */
		int lastCoder;
		boolean filling;
	}

	private final Curation curation;
	private final CurationUnit unit;
	private final String sourceText;
	/** The coders that have a version of the claim, in order. */
	private final List<Integer> coders = new ArrayList<>();
	private final Map<String, Row> parts = new LinkedHashMap<>();
	private Label problem;
	private Choice choice;

	EditClaimDialog(Shell shell, Curation curation, CurationUnit unit, String sourceText) {
		super(shell);
		this.curation = curation;
		this.unit = unit;
		this.sourceText = sourceText;
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
		area.setLayout(new GridLayout(3, false));
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("For each part of the claim, whose version does the gold keep? Or type what none of them gave"
				+ " (several holders or values separated by commas, several quotes by \" + \").");
		GridData introData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		introData.widthHint = 760;
		intro.setLayoutData(introData);
		int start = curation.choice(unit).kind() == Choice.Kind.TAKE ? coders.indexOf(curation.choice(unit).coder()) : 0;
		part(area, QUOTES, c -> c.getAnchors().stream().map(VersionText::quoted).collect(Collectors.joining(" + ")), start,
				TypedParts::quotesText, (text, base) -> TypedParts.quotes(text, base, sourceText));
		part(area, KIND, c -> VersionText.name(c.getKind()), start, c -> VersionText.name(c.getKind()), TypedParts::kind);
		Function<Claim, String> holders = c -> c.getHolders().stream().map(VersionText::name).collect(Collectors.joining(", "));
		part(area, HOLDERS, holders, start, holders, TypedParts::holders);
		Map<String, AttributeDef> attributes = new TreeMap<>();
		coders.forEach(coder -> claim(coder).getAttributes().forEach(a -> attributes.putIfAbsent(VersionText.name(a.getAttribute()), a.getAttribute())));
		attributes.forEach((name, attribute) -> part(area, name, c -> {
			AttributeValue value = attribute(c, name);
			return value == null ? "(none)" : value.isUnstated() ? "unstated"
					: value.getValues().stream().map(ValueText::written).collect(Collectors.joining(", "));
		}, start, c -> TypedParts.attributeText(attribute(c, name)), (text, base) -> TypedParts.attribute(text, attribute, base)));
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridData problemData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		problemData.widthHint = 760;
		problem.setLayoutData(problemData);
		return area;
	}

	private void part(Composite area, String name, Function<Claim, String> shownValue, int start, Function<Claim, String> typedText,
			BiFunction<String, Claim, TypedParts.Part> parser) {
		Row row = new Row();
		row.typedText = typedText;
		row.parser = parser;
		new Label(area, SWT.NONE).setText(name + ":");
		row.combo = new Combo(area, SWT.READ_ONLY);
		for (int coder : coders) {
			String shown = shownValue.apply(claim(coder));
			row.combo.add(curation.coders().get(coder) + ": " + (shown.length() > 70 ? shown.substring(0, 67) + "..." : shown));
		}
		row.combo.add(TYPED);
		GridData comboData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		comboData.widthHint = 420;
		row.combo.setLayoutData(comboData);
		row.typed = new Text(area, SWT.SINGLE | SWT.BORDER);
		GridData typedData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		typedData.widthHint = 260;
		row.typed.setLayoutData(typedData);
		row.typed.setToolTipText("Type a " + name + " none of the coders gave; it is checked against the schema on OK");
		pickCoder(row, Math.max(0, start));
		row.combo.addListener(SWT.Selection, e -> {
			int index = row.combo.getSelectionIndex();
			if (index < coders.size()) {
				pickCoder(row, index);
			} else {
				row.typed.setFocus();
			}
		});
		// Typing is choosing to type: the combo follows, so the two never disagree.
		row.typed.addListener(SWT.Modify, e -> {
			if (!row.filling) {
				row.combo.select(coders.size());
			}
		});
		parts.put(name, row);
	}

	private void pickCoder(Row row, int index) {
		row.combo.select(index);
		row.lastCoder = coders.get(index);
		row.filling = true;
		row.typed.setText(row.typedText.apply(claim(row.lastCoder)));
		row.filling = false;
	}

	private static AttributeValue attribute(Claim claim, String name) {
		return claim.getAttributes().stream().filter(a -> VersionText.name(a.getAttribute()).equals(name)).findFirst().orElse(null);
	}

	/** The coder whose version of the part the gold keeps; for a typed part, the one its value starts from. */
	private int picked(String part) {
		Row row = parts.get(part);
		int index = row.combo.getSelectionIndex();
		return index >= 0 && index < coders.size() ? coders.get(index) : typedAsCoder(row) >= 0 ? typedAsCoder(row) : row.lastCoder;
	}

	/** The coder whose version the typed text of a part repeats, or -1; typing a coder's value back is picking it. */
	private int typedAsCoder(Row row) {
		for (int coder : coders) {
			if (row.typedText.apply(claim(coder)).equals(row.typed.getText())) {
				return coder;
			}
		}
		return -1;
	}

	private boolean isTyped(Row row) {
		return row.combo.getSelectionIndex() == coders.size() && typedAsCoder(row) < 0;
	}

	@Override
	protected void okPressed() {
		Choice built = build();
		if (built == null) {
			return;
		}
		choice = built;
		super.okPressed();
	}

	/**
	 * The choice the picks and typed values make: one coder's version when they all name one coder, else the claim
	 * put together. Null, with the reason shown in the dialog, when a typed value does not fit.
	 */
	Choice build() {
		TreeSet<Integer> used = new TreeSet<>();
		parts.keySet().forEach(part -> used.add(picked(part)));
		boolean typed = parts.values().stream().anyMatch(this::isTyped);
		if (used.size() == 1 && !typed) {
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
		for (Map.Entry<String, Row> part : parts.entrySet()) {
			Row row = part.getValue();
			if (isTyped(row)) {
				String why = row.parser.apply(row.typed.getText(), claim(row.lastCoder)).apply(edited);
				if (why != null) {
					problem.setText(part.getKey() + ": " + why);
					problem.getParent().layout(true, true);
					row.typed.setFocus();
					return null;
				}
			}
		}
		problem.setText("");
		return Choice.edited(edited);
	}

	/** What OK made, or null. */
	Choice choice() {
		return choice;
	}
}
