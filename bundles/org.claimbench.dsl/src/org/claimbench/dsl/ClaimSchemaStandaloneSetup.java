package org.claimbench.dsl;

import org.claimbench.model.claims.ClaimsPackage;

import com.google.inject.Injector;

/** Sets up the schema language outside OSGi. */
public class ClaimSchemaStandaloneSetup extends ClaimSchemaStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new ClaimSchemaStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		// Outside OSGi no plugin.xml registers the metamodel; initialising the package registers it by nsURI.
		ClaimsPackage.eINSTANCE.eClass();
		return super.createInjectorAndDoEMFRegistration();
	}
}
