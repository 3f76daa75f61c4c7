package org.claimbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * The ui bundle stands on its own: it requires no application bundle and every icon its editors, views, wizards and
 * menus show is its own, so the views keep their icons in any product that installs the ui without ClaimBench's
 * application.
 */
class OwnIconsTest {

	private static final String UI = "org.claimbench.ui";

	@Test
	void theUiRequiresNoApplicationAndShowsOnlyItsOwnIcons() {
		Bundle ui = Platform.getBundle(UI);
		assertFalse(ui.getHeaders().get(Constants.REQUIRE_BUNDLE).contains("org.claimbench.app"), "ui requires app");
		List<String> missing = new ArrayList<>();
		int icons = 0;
		for (IExtension extension : Platform.getExtensionRegistry().getExtensions(UI)) {
			for (IConfigurationElement element : extension.getConfigurationElements()) {
				icons += missingIcons(ui, element, missing);
			}
		}
		assertEquals(List.of(), missing, "icons the ui declares but does not hold");
		assertFalse(icons == 0, "the ui declares icons for its editors and views");
	}

	private static int missingIcons(Bundle ui, IConfigurationElement element, List<String> missing) {
		int icons = 0;
		String icon = element.getAttribute("icon");
		if (icon != null) {
			icons++;
			if (icon.contains(":") || FileLocator.find(ui, IPath.fromPortableString(icon)) == null) {
				missing.add(element.getName() + " " + element.getAttribute("id") + ": " + icon);
			}
		}
		for (IConfigurationElement child : element.getChildren()) {
			icons += missingIcons(ui, child, missing);
		}
		return icons;
	}
}
