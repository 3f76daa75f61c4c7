package org.claimbench.ui.internal.editor;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.swt.graphics.RGB;
import org.osgi.service.prefs.BackingStoreException;

/** The colours users chose for claim kinds, by kind name, kept in the workspace's preferences. */
public final class KindColorPreferences {

	private static final String NODE = "org.claimbench.ui";
	private static final String PREFIX = "kindColour.";

	private KindColorPreferences() {
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** The colour chosen for the kind, or null when it has the generated one. */
	public static RGB chosen(String kind) {
		String value = node().get(PREFIX + kind, null);
		return value == null ? null : StringConverter.asRGB(value, null);
	}

	/** Gives the kind that colour in every editor, now and after a restart; null goes back to the generated one. */
	public static void choose(String kind, RGB rgb) {
		if (rgb == null) {
			node().remove(PREFIX + kind);
		} else {
			node().put(PREFIX + kind, StringConverter.asString(rgb));
		}
		try {
			node().flush();
		} catch (BackingStoreException e) {
			ILog.of(KindColorPreferences.class).warn("The colour of " + kind + " could not be stored", e);
		}
	}

	static void addListener(IPreferenceChangeListener listener) {
		node().addPreferenceChangeListener(listener);
	}

	static void removeListener(IPreferenceChangeListener listener) {
		node().removePreferenceChangeListener(listener);
	}
}
