package org.claimbench.app.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** What the About dialog says: the product, its exact version and the platform beneath it. */
public final class AboutText {

	private AboutText() {
	}

	public static String version() {
		return FrameworkUtil.getBundle(AboutText.class).getVersion().toString();
	}

	public static String text() {
		return "ClaimBench " + version() + "\n\n"
				+ "Structured annotation of official statements: actors, assessments, intents,\n"
				+ "commitments and events, each anchored to the words of the source text.\n\n"
				+ "Eclipse Platform " + bundleVersion("org.eclipse.ui.workbench") + "\n"
				+ "EMF " + bundleVersion("org.eclipse.emf.ecore") + "\n"
				+ "Xtext " + bundleVersion("org.eclipse.xtext") + "\n"
				+ "Java " + System.getProperty("java.version");
	}

	private static String bundleVersion(String symbolicName) {
		for (Bundle bundle : FrameworkUtil.getBundle(AboutText.class).getBundleContext().getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())) {
				return bundle.getVersion().toString();
			}
		}
		return "(not installed)";
	}
}
