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
		// Outside OSGi no plugin.xml registers the metamodel, and the validators look it up by nsURI
		// when they register: touching the package registers it first, or no @Check would ever run.
		ClaimsPackage.eINSTANCE.eClass();
		return super.createInjectorAndDoEMFRegistration();
	}
}
