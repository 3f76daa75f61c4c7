package org.claimbench.dsl;

import com.google.inject.Injector;

/** Sets up the annotation language outside OSGi; documents need the schema language too. */
public class ClaimDocumentStandaloneSetup extends ClaimDocumentStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new ClaimDocumentStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		ClaimSchemaStandaloneSetup.doSetup();
		return super.createInjectorAndDoEMFRegistration();
	}
}
