package org.claimbench.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.Schema;
import org.claimbench.ui.internal.startup.SampleProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.osgi.framework.Bundle;

/** The schemas a project holds (its .cbschema files, parsed), and the sample's schemas for a project that has none. */
public final class ProjectSchemas {

	private static final String SAMPLES_BUNDLE = "org.claimbench.samples";

	private ProjectSchemas() {
	}

	/** What the wizard offers for this project: its own schemas, or the sample's when it has none (or does not exist). */
	public static List<SchemaChoice> choices(IProject project) {
		List<SchemaChoice> choices = new ArrayList<>();
		try {
			if (project != null && project.isAccessible()) {
				for (Schema schema : load(ClaimBenchLanguages.newResourceSet(), project)) {
					if (declaresClaimKinds(schema)) {
						choices.add(new SchemaChoice(schema.getName(), false));
					}
				}
			}
		} catch (CoreException e) {
			// An unreadable project offers the sample's schemas, which the wizard can copy into it.
		}
		if (choices.isEmpty()) {
			for (URL entry : sampleSchemaFiles()) {
				Resource resource = ClaimBenchLanguages.newResourceSet()
						.getResource(URI.createURI(entry.toString()), true);
				schemaIn(resource).stream().filter(ProjectSchemas::declaresClaimKinds)
						.forEach(schema -> choices.add(new SchemaChoice(schema.getName(), true)));
			}
		}
		choices.sort((a, b) -> a.name().compareTo(b.name()));
		return choices;
	}

	/**
	 * Whether a document bound to the schema can have claims: a schema whose claim kinds are all abstract (a base
	 * such as the sample's codebook, made to be imported) would leave the new document a dead end.
	 */
	static boolean declaresClaimKinds(Schema schema) {
		return SchemaQueries.visibleElements(schema, ClaimKind.class).stream().anyMatch(kind -> !kind.isAbstract());
	}

	/** Parses every .cbschema file of the project into the resource set and returns their schemas. */
	public static List<Schema> load(XtextResourceSet set, IProject project) throws CoreException {
		List<Schema> schemas = new ArrayList<>();
		project.accept(resource -> {
			if (resource instanceof IFile file && ClaimBenchLanguages.SCHEMA_EXTENSION.equals(file.getFileExtension())) {
				schemas.addAll(schemaIn(set.getResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true), true)));
			}
			return resource.getType() != IResource.FILE;
		});
		return schemas;
	}

	/** Copies the sample's schema files into the project, leaving files of the same name alone. */
	public static void copySampleSchemas(IProject project, IProgressMonitor monitor) throws CoreException {
		for (URL entry : sampleSchemaFiles()) {
			String path = entry.getPath();
			IFile file = project.getFile(path.substring(path.lastIndexOf('/') + 1));
			if (file.exists()) {
				continue;
			}
			try (InputStream in = entry.openStream()) {
				file.create(in, true, monitor);
			} catch (IOException e) {
				throw new CoreException(Status.error("Cannot copy the sample schema " + path + ": " + e.getMessage(), e));
			}
		}
	}

	private static List<URL> sampleSchemaFiles() {
		Bundle samples = Platform.getBundle(SAMPLES_BUNDLE);
		if (samples == null) {
			return List.of();
		}
		Enumeration<URL> entries = samples.findEntries(SampleProject.NAME, "*." + ClaimBenchLanguages.SCHEMA_EXTENSION, false);
		return entries == null ? List.of() : Collections.list(entries);
	}

	private static List<Schema> schemaIn(Resource resource) {
		return resource.getContents().stream().filter(Schema.class::isInstance).map(Schema.class::cast)
				.filter(schema -> schema.getName() != null).toList();
	}
}
