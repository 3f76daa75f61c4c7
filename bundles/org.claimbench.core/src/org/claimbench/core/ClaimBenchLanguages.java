package org.claimbench.core;

import org.claimbench.dsl.ClaimDocumentStandaloneSetup;
import org.claimbench.model.claims.ClaimsPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The two ClaimBench languages, set up once per process. The standalone setup registers the
 * EPackage and the file extensions in EMF's global registries, which is what a flat class path
 * needs and is harmless under OSGi, where the same entries come from plugin.xml.
 */
public final class ClaimBenchLanguages {

	public static final String SCHEMA_EXTENSION = "cbschema";
	public static final String DOCUMENT_EXTENSION = "claims";

	private static Injector injector;

	private ClaimBenchLanguages() {
	}

	/** The injector of the annotation language; its resource sets also load schemas. */
	public static synchronized Injector injector() {
		if (injector == null) {
			EPackage.Registry.INSTANCE.put(ClaimsPackage.eNS_URI, ClaimsPackage.eINSTANCE);
			injector = ClaimDocumentStandaloneSetup.doSetup();
		}
		return injector;
	}

	public static XtextResourceSet newResourceSet() {
		return injector().getInstance(XtextResourceSet.class);
	}

	public static boolean isModelFile(String fileName) {
		return fileName.endsWith("." + SCHEMA_EXTENSION) || fileName.endsWith("." + DOCUMENT_EXTENSION);
	}
}
