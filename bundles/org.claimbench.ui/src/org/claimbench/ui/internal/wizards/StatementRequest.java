package org.claimbench.ui.internal.wizards;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.IStatus;

/**
 * What the New Statement wizard was told: where the statement goes, its text, its header and its schema.
 * The file names follow from the document id, as in the sample ({@code us_japan_edd_2024} is written to
 * {@code us-japan-edd-2024.txt} and {@code us-japan-edd-2024.claims}).
 */
public record StatementRequest(String projectName, byte[] sourceBytes, String documentId, String title, String date,
		String place, SchemaChoice schema) {

	/** The annotation language's ID terminal, without the keyword escape a user would not type. */
	private static final Pattern ID = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	public String baseName() {
		return documentId.replace('_', '-');
	}

	public String sourceFileName() {
		return baseName() + ".txt";
	}

	public String documentFileName() {
		return baseName() + ".claims";
	}

	/** The first thing that keeps the statement from being created, worded for the wizard page, or null. */
	public String problem(IWorkspace workspace) {
		if (projectName.isBlank()) {
			return "Choose a project or type the name of a new one.";
		}
		IStatus projectStatus = workspace.validateName(projectName, IResource.PROJECT);
		if (!projectStatus.isOK()) {
			return projectStatus.getMessage();
		}
		if (sourceBytes == null || new String(sourceBytes, StandardCharsets.UTF_8).isBlank()) {
			return "The statement's text is empty: import a text file or paste the text.";
		}
		if (documentId.isEmpty()) {
			return "Name the statement: its document id, such as us_japan_edd_2024.";
		}
		if (!ID.matcher(documentId).matches()) {
			return "The document id '" + documentId
					+ "' may hold only letters, digits and '_' and must not start with a digit.";
		}
		IProject project = workspace.getRoot().getProject(projectName);
		for (String name : new String[] { sourceFileName(), documentFileName() }) {
			if (project.exists() && project.getFile(name).exists()) {
				return "The project " + projectName + " already has a file named " + name + ": choose another document id.";
			}
		}
		if (!date.isEmpty() && !validDate(date)) {
			return "The date '" + date + "' is not a day written as YYYY-MM-DD.";
		}
		if (schema == null) {
			return "Choose the schema the statement is annotated with.";
		}
		return null;
	}

	private static boolean validDate(String text) {
		if (!DATE.matcher(text).matches()) {
			return false;
		}
		try {
			LocalDate.parse(text);
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}
}
