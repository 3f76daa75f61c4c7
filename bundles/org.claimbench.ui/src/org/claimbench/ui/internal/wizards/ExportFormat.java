package org.claimbench.ui.internal.wizards;

import org.claimbench.core.export.Exporter;
import org.claimbench.core.export.JsonExporter;
import org.claimbench.core.export.WebAnnotationExporter;
import org.claimbench.core.export.XmiExporter;

/** The formats of the command line's {@code export}, with the names the wizard shows. */
public enum ExportFormat {
	XMI("EMF XMI (self-contained, with the schemas)", "xmi"),
	JSON("JSON", "json"),
	WEB_ANNOTATION("W3C Web Annotation (JSON-LD)", "jsonld");

	private final String label;
	private final String extension;

	ExportFormat(String label, String extension) {
		this.label = label;
		this.extension = extension;
	}

	public String label() {
		return label;
	}

	public String extension() {
		return extension;
	}

	Exporter exporter() {
		return switch (this) {
		case XMI -> new XmiExporter();
		case JSON -> new JsonExporter();
		case WEB_ANNOTATION -> new WebAnnotationExporter();
		};
	}
}
