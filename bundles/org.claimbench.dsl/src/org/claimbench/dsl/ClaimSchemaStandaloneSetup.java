package org.claimbench.dsl;

import com.google.inject.Injector;

/** Sets up the schema language outside OSGi. */
public class ClaimSchemaStandaloneSetup extends ClaimSchemaStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new ClaimSchemaStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
