package org.claimbench.core;

import java.util.Map;

import org.claimbench.dsl.ide.ClaimBenchInjectors;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The two ClaimBench languages as the layers above use them: the injectors of the process (made once, by
 * {@link ClaimBenchInjectors}) and resource sets that parse schemas and documents each with its own language.
 */
public final class ClaimBenchLanguages {

	public static final String SCHEMA_EXTENSION = ClaimBenchInjectors.SCHEMA_EXTENSION;
	public static final String DOCUMENT_EXTENSION = ClaimBenchInjectors.DOCUMENT_EXTENSION;

	private ClaimBenchLanguages() {
	}

	/** The injector of the annotation language; its resource sets also load schemas. */
	public static Injector injector() {
		return ClaimBenchInjectors.document();
	}

	/** The injector of the language the file extension names. */
	public static Injector injector(String fileExtension) {
		return ClaimBenchInjectors.of(fileExtension);
	}

	/**
	 * An empty resource set that parses schemas and documents each with its own language's services, whatever
	 * EMF's global registry holds for the extensions (under OSGi, whatever plugin.xml registered).
	 */
	public static XtextResourceSet newResourceSet() {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		Map<String, Object> factories = set.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put(SCHEMA_EXTENSION, injector(SCHEMA_EXTENSION).getInstance(IResourceFactory.class));
		factories.put(DOCUMENT_EXTENSION, injector(DOCUMENT_EXTENSION).getInstance(IResourceFactory.class));
		return set;
	}

	public static boolean isModelFile(String fileName) {
		return fileName.endsWith("." + SCHEMA_EXTENSION) || fileName.endsWith("." + DOCUMENT_EXTENSION);
	}
}
