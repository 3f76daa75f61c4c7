package org.claimbench.dsl.ide.server;

import org.claimbench.dsl.ide.ClaimDocumentIdeSetup;
import org.claimbench.dsl.ide.ClaimSchemaIdeSetup;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The languages the server knows, registered by hand: inside OSGi, java.util.ServiceLoader does not
 * see the ISetup services that Xtext's default registry looks for.
 */
@Singleton
final class ClaimBenchLanguages implements Provider<IResourceServiceProvider.Registry> {

	private IResourceServiceProvider.Registry registry;

	@Override
	public synchronized IResourceServiceProvider.Registry get() {
		if (registry == null) {
			ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
			// Documents first: their setup also sets up the schema language without ide services,
			// which the schema's own ide setup then replaces in EMF's global registries.
			register(languages, new ClaimDocumentIdeSetup().createInjectorAndDoEMFRegistration());
			register(languages, new ClaimSchemaIdeSetup().createInjectorAndDoEMFRegistration());
			registry = languages;
		}
		return registry;
	}

	private static void register(ResourceServiceProviderRegistryImpl languages, Injector language) {
		IResourceServiceProvider services = language.getInstance(IResourceServiceProvider.class);
		for (String extension : language.getInstance(FileExtensionProvider.class).getFileExtensions()) {
			languages.getExtensionToFactoryMap().put(extension, services);
		}
	}
}
