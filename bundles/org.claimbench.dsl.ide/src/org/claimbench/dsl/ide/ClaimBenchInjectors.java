package org.claimbench.dsl.ide;

import org.claimbench.model.claims.ClaimsPackage;
import org.eclipse.xtext.common.TerminalsStandaloneSetup;

import com.google.inject.Injector;

/**
 * The injectors of the two ClaimBench languages, created once per process: the one place where the languages are
 * set up, for the workbench, the command line and the language server alike. Each injector has the runtime and the
 * ide services together, because the ide services (content assist, highlighting, the server's) expect the grammar
 * instance of the parser that made the resources. Each is registered in EMF's global registries under its file
 * extension, which a flat class path needs and is harmless under OSGi, where plugin.xml says the same.
 */
public final class ClaimBenchInjectors {

	public static final String SCHEMA_EXTENSION = "cbschema";
	public static final String DOCUMENT_EXTENSION = "claims";

	private static Injector schema;
	private static Injector document;

	private ClaimBenchInjectors() {
	}

	public static Injector schema() {
		createOnce();
		return schema;
	}

	public static Injector document() {
		createOnce();
		return document;
	}

	/** The injector of the language the file extension names: schemas for .cbschema, documents otherwise. */
	public static Injector of(String fileExtension) {
		return SCHEMA_EXTENSION.equals(fileExtension) ? schema() : document();
	}

	private static synchronized void createOnce() {
		if (document != null) {
			return;
		}
		// Outside OSGi nothing else registers the metamodel (the validators look it up when they register) and the
		// terminals grammar. The setups' own createInjectorAndDoEMFRegistration would set the schema language up
		// twice (the document language's calls the schema's), so each injector is made and registered here.
		UnconfiguredLogging.quietUnlessConfigured();
		ClaimsPackage.eINSTANCE.eClass();
		TerminalsStandaloneSetup.doSetup();
		ClaimSchemaIdeSetup schemaSetup = new ClaimSchemaIdeSetup();
		Injector schemaInjector = schemaSetup.createInjector();
		schemaSetup.register(schemaInjector);
		ClaimDocumentIdeSetup documentSetup = new ClaimDocumentIdeSetup();
		Injector documentInjector = documentSetup.createInjector();
		documentSetup.register(documentInjector);
		schema = schemaInjector;
		document = documentInjector;
	}
}
