package org.claimbench.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.core.io.Utf8Text;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * What the files of a project need beside them to link: its schemas and actor registers, loaded into
 * every resource set that validates or exports them, and, when its documents refer to each other
 * ({@code reaffirms d2023.pledge}), an index of the names every file of the project exports. With the
 * index a document finds another document's claim without the whole project being loaded: only the
 * documents it actually refers to are, when the reference is resolved.
 */
public final class ProjectContext {

	/** A dotted name outside quoted strings: a reference into another document (or a qualified kind). */
	private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*");
	// Unrolled, with possessive loops: a string a million characters long must not overflow the stack.
	private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"");
	private static final Pattern REGISTER = Pattern.compile("\\A(?:\\s++|//[^\\n]*+\\n|/\\*.*?\\*/)*+register\\b", Pattern.DOTALL);
	/** The name a document's first line gives it, after blanks and comments; a keyword used as a name keeps its caret. */
	private static final Pattern DOCUMENT_NAME = Pattern.compile("\\A(?:\\s++|//[^\\n]*+\\n|/\\*.*?\\*/)*+document\\s+\\^?([A-Za-z_][A-Za-z0-9_]*)\\b",
			Pattern.DOTALL);

	private final List<Path> shared;
	private final ResourceDescriptionsData index;

	private ProjectContext(List<Path> shared, ResourceDescriptionsData index) {
		this.shared = shared;
		this.index = index;
	}

	/** The context of the projects the given files belong to (which may be among the shared files themselves). */
	public static ProjectContext of(List<Path> files) {
		List<Path> schemas = ModelLoader.projectFiles(files, ClaimBenchLanguages.SCHEMA_EXTENSION);
		List<Path> documents = ModelLoader.projectFiles(files, ClaimBenchLanguages.DOCUMENT_EXTENSION);
		List<Path> shared = new ArrayList<>(schemas);
		boolean crossReferences = false;
		// Every document of the project is read: on all cores, since agree and validate wait for it before they start.
		// Only each file's role and name are kept: the texts of a large project would not fit in memory together.
		List<Header> headers = documents.parallelStream().map(document -> Header.of(textOf(document))).toList();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < documents.size(); i++) {
			Header header = headers.get(i);
			if (header.role() == Role.REGISTER) {
				shared.add(documents.get(i));
			} else if (header.role() == Role.REFERS_TO_OTHER_FILES) {
				crossReferences = true;
			}
			// Two documents of one name are an error the index shows (the validator asks it who else has the name),
			// even where no document refers to another: then the index is built for them too.
			if (header.name() != null && !names.add(header.name())) {
				crossReferences = true;
			}
		}
		List<URI> all = new ArrayList<>();
		schemas.forEach(f -> all.add(URI.createFileURI(f.toString())));
		documents.forEach(f -> all.add(URI.createFileURI(f.toString())));
		return new ProjectContext(List.copyOf(shared), crossReferences ? index(all) : null);
	}

	/** A .claims file's role and the name its first line gives it (null when it names none, or not plainly). */
	private record Header(Role role, String name) {

		static Header of(String text) {
			return new Header(Role.of(text), documentName(text));
		}
	}

	/**
	 * The name a document's first line gives it, read without parsing; null for a register or where the file does
	 * not plainly begin with {@code document NAME}. Two documents of one name make the project need its index.
	 */
	public static String documentName(String text) {
		Matcher name = DOCUMENT_NAME.matcher(text);
		return name.lookingAt() ? name.group(1) : null;
	}

	/** What a .claims file is to the project's context. */
	private enum Role {
		REGISTER, REFERS_TO_OTHER_FILES, SELF_CONTAINED;

		static Role of(String text) {
			return isRegister(text) ? REGISTER : refersToOtherFiles(text) ? REFERS_TO_OTHER_FILES : SELF_CONTAINED;
		}
	}

	/** True when the text of a .claims file is an actor register. */
	public static boolean isRegister(String text) {
		return REGISTER.matcher(text).lookingAt();
	}

	/** True when a document names something by a qualified name, such as another document's claim. */
	public static boolean refersToOtherFiles(String text) {
		return QUALIFIED_NAME.matcher(STRING.matcher(text).replaceAll("\"\"")).find();
	}

	/** The schemas and registers every resource set of these files loads. */
	public List<Path> shared() {
		return shared;
	}

	/** Loads the shared files into the set and, when the documents refer to each other, installs the index. */
	public void install(XtextResourceSet set) {
		for (Path file : shared) {
			ModelLoader.loadFile(set, file, new ArrayList<>());
		}
		if (index != null) {
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, index.copy());
		}
	}

	/**
	 * The names every file exports, each file parsed once and dropped again: nothing is linked or kept.
	 * A file that cannot be read or parsed is left out; it reports its problem where it is loaded itself.
	 */
	public static ResourceDescriptionsData index(List<URI> files) {
		List<IResourceDescription> descriptions = new ArrayList<>();
		XtextResourceSet set = ClaimBenchLanguages.newResourceSet();
		for (URI file : files) {
			Resource resource;
			try {
				resource = file.isFile() ? ModelLoader.loadFile(set, java.nio.file.Paths.get(file.toFileString()), new ArrayList<>())
						: set.getResource(file, true);
			} catch (RuntimeException e) {
				resource = set.getResource(file, false);
			}
			IResourceDescription description = describe(resource);
			if (description != null) {
				descriptions.add(description);
			}
			if (resource != null) {
				set.getResources().remove(resource);
			}
		}
		return new ResourceDescriptionsData(descriptions);
	}

	/**
	 * The names a parsed file exports, as {@link #index} keeps them (proxies, nothing of the model); null for a
	 * resource that is not one of the languages'.
	 */
	public static IResourceDescription describe(Resource resource) {
		if (!(resource instanceof XtextResource xtext)) {
			return null;
		}
		IResourceDescription description = xtext.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(xtext);
		return new IndexedFile(resource.getURI(), description.getExportedObjects());
	}

	/** True when the project's documents refer to each other (or share a name), so that its resource sets get the index. */
	public boolean indexed() {
		return index != null;
	}

	private static String textOf(Path file) {
		try {
			return Files.size(file) > ModelLoader.MAX_FILE_BYTES ? "" : Utf8Text.read(file);
		} catch (IOException e) {
			return ""; // unreadable: reported when the file itself is loaded
		}
	}

	/** A file's exported names, kept as proxies so that nothing of its model stays in memory. */
	private static final class IndexedFile extends AbstractResourceDescription {

		private final URI uri;
		private final List<IEObjectDescription> exported = new ArrayList<>();

		IndexedFile(URI uri, Iterable<IEObjectDescription> descriptions) {
			this.uri = uri;
			for (IEObjectDescription description : descriptions) {
				EObject proxy = EcoreUtil.create(description.getEClass());
				((InternalEObject) proxy).eSetProxyURI(description.getEObjectURI());
				exported.add(EObjectDescription.create(description.getName(), proxy, userData(description)));
			}
		}

		private static Map<String, String> userData(IEObjectDescription description) {
			Map<String, String> data = new HashMap<>();
			for (String key : description.getUserDataKeys()) {
				data.put(key, description.getUserData(key));
			}
			return data;
		}

		@Override
		protected List<IEObjectDescription> computeExportedObjects() {
			return exported;
		}

		@Override
		public Iterable<QualifiedName> getImportedNames() {
			return List.of();
		}

		@Override
		public Iterable<IReferenceDescription> getReferenceDescriptions() {
			return List.of();
		}

		@Override
		public URI getURI() {
			return uri;
		}
	}
}
