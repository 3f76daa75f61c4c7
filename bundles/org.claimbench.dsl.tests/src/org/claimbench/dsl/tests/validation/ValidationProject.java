package org.claimbench.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.osgi.framework.FrameworkUtil;

/**
 * A folder of schema, source and annotation files on disk, validated the way the command line and
 * the editors do it: every schema of the folder and the file are loaded into one resource set, and
 * the file is checked by its own language's IResourceValidator.
 */
final class ValidationProject {

	private final Path folder;
	private final XtextResourceSet resourceSet;
	private String platformProject;

	ValidationProject(Path folder, XtextResourceSet resourceSet) {
		this.folder = folder;
		this.resourceSet = resourceSet;
	}

	/**
	 * Loads the validated file as platform:/resource/{project}/..., the way the workbench names it,
	 * mapped onto the folder. Schemas keep their file URIs: Xtext's resource-set index compares
	 * normalized URIs, so mapped ones would not see each other outside a workspace.
	 */
	ValidationProject asPlatformProject(String project) {
		platformProject = project;
		resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(project + "/", true),
				URI.createFileURI(folder.toString() + "/"));
		return this;
	}

	/** Copies the files of fixtures/validation/{name} into the folder. */
	ValidationProject withFixture(String name) {
		Path fixture = bundleFile("fixtures/validation/" + name);
		try (Stream<Path> files = Files.list(fixture)) {
			Files.createDirectories(folder);
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName().toString()));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	/** Copies a file of another bundle into the folder, e.g. the sample statement. */
	ValidationProject withBundleFile(String bundle, String path) {
		try {
			URL entry = Platform.getBundle(bundle).getEntry(path);
			Path file = Paths.get(FileLocator.toFileURL(entry).getPath());
			Files.copy(file, folder.resolve(file.getFileName().toString()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	ValidationProject write(String name, String text) {
		return write(name, text.getBytes(StandardCharsets.UTF_8));
	}

	ValidationProject write(String name, byte[] bytes) {
		try {
			Path file = folder.resolve(name);
			Files.createDirectories(file.getParent());
			Files.write(file, bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return this;
	}

	/** Replaces the only occurrence of a piece of text in a file, as a user's edit would. */
	ValidationProject edit(String name, String before, String after) {
		String text = read(name);
		assertEquals(1, text.split(Pattern.quote(before), -1).length - 1,
				"'" + before + "' occurs exactly once in " + name);
		return write(name, text.replace(before, after));
	}

	String read(String name) {
		try {
			return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Path path(String name) {
		return folder.resolve(name);
	}

	/**
	 * Parse, link and validation issues of one file, all schemas and documents of the folder loaded beside it
	 * (registers and the documents its references point to), as a project loads them.
	 */
	List<Issue> validate(String name) {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path other : files.filter(f -> f.toString().endsWith(".cbschema") || name.endsWith(".claims")
					&& f.toString().endsWith(".claims") && !f.getFileName().toString().equals(name)).toList()) {
				resourceSet.getResource(URI.createFileURI(other.toString()), true);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Resource resource = resourceSet.getResource(uri(name), true);
		EcoreUtil.resolveAll(resourceSet);
		return ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** The model of a file as the last {@link #validate(String)} loaded it. */
	EObject model(String name) {
		return resourceSet.getResource(uri(name), true).getContents().get(0);
	}

	private URI uri(String name) {
		return platformProject == null ? URI.createFileURI(folder.resolve(name).toString())
				: URI.createPlatformResourceURI(platformProject + "/" + name, true);
	}

	private Path bundleFile(String path) {
		try {
			URL entry = FrameworkUtil.getBundle(ValidationProject.class).getEntry(path);
			return Paths.get(FileLocator.toFileURL(entry).getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
