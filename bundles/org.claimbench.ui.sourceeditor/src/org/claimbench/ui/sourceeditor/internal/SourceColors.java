package org.claimbench.ui.sourceeditor.internal;

import java.util.Map;

import org.claimbench.dsl.ide.highlighting.ClaimBenchHighlightingStyles;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** The colours of the source editor: lexical ones for keywords, strings and comments, semantic ones by what a name denotes. */
public final class SourceColors {

	public static final TextAttribute KEYWORD = new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD);
	public static final TextAttribute STRING = new TextAttribute(new Color(42, 0, 255));
	public static final TextAttribute COMMENT = new TextAttribute(new Color(63, 127, 95), null, SWT.ITALIC);
	public static final TextAttribute NUMBER = new TextAttribute(new Color(125, 80, 0));
	public static final TextAttribute PLAIN = new TextAttribute(null);

	private static final Map<String, TextAttribute> SEMANTIC = Map.of(
			ClaimBenchHighlightingStyles.KIND, new TextAttribute(new Color(0, 110, 130), null, SWT.BOLD),
			ClaimBenchHighlightingStyles.ENUM, new TextAttribute(new Color(150, 90, 0), null, SWT.BOLD),
			ClaimBenchHighlightingStyles.ENUM_MEMBER, new TextAttribute(new Color(150, 90, 0), null, SWT.ITALIC),
			ClaimBenchHighlightingStyles.ACTOR, new TextAttribute(new Color(0, 80, 200)),
			ClaimBenchHighlightingStyles.CLAIM, new TextAttribute(new Color(180, 30, 30), null, SWT.BOLD),
			ClaimBenchHighlightingStyles.ATTRIBUTE, new TextAttribute(new Color(0, 120, 40)),
			ClaimBenchHighlightingStyles.SCHEMA, new TextAttribute(new Color(90, 90, 90), null, SWT.BOLD));

	private SourceColors() {
	}

	/** The colour of a semantic highlighting style id, or null for one the editor does not colour. */
	public static TextAttribute semantic(String style) {
		return SEMANTIC.get(style);
	}
}
