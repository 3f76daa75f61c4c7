package org.claimbench.ui.internal.views;

import java.io.IOException;
import java.util.List;

import org.claimbench.model.claims.Document;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** How the Claims view heads its claims; the choice is kept in the workbench preferences across sessions. */
public enum ClaimGrouping {

	KIND("Group by &Kind"), PARAGRAPH("Group by &Paragraph");

	private static final String PREFERENCE = "claimsView.grouping";

	private final String menuText;

	ClaimGrouping(String menuText) {
		this.menuText = menuText;
	}

	public String menuText() {
		return menuText;
	}

	public List<? extends ClaimGroup> groups(Document document, String sourceText) {
		return this == KIND ? KindGroup.of(document) : ParagraphGroup.of(document, sourceText);
	}

	/** The grouping last chosen, by kind when none was. */
	public static ClaimGrouping remembered() {
		String name = preferences().getString(PREFERENCE);
		for (ClaimGrouping grouping : values()) {
			if (grouping.name().equals(name)) {
				return grouping;
			}
		}
		return KIND;
	}

	public void remember() {
		ScopedPreferenceStore preferences = preferences();
		preferences.setValue(PREFERENCE, name());
		try {
			preferences.save();
		} catch (IOException e) {
			// The view still groups this way; only the next session will not know it.
			ILog.of(ClaimGrouping.class).warn("Cannot store the Claims view's grouping: " + e.getMessage(), e);
		}
	}

	private static ScopedPreferenceStore preferences() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.claimbench.ui");
	}
}
