package org.claimbench.dsl.tests.sample;

import org.claimbench.dsl.formatting.CanonicalFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.claimbench.dsl.tests.ClaimDocumentInjectorProvider;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The sample files are stored in the canonical layout, so formatting them (or saving them formatted) changes nothing. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ClaimDocumentInjectorProvider.class)
class SampleFormattingTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private XtextResource loaded(String name) {
		Resource resource = SampleFiles.load(resourceSets.get(), SampleFiles.MODEL_FILES).get(SampleFiles.MODEL_FILES.indexOf(name));
		return (XtextResource) resource;
	}

	@ParameterizedTest
	@ValueSource(strings = { SampleFiles.CODEBOOK, SampleFiles.DETERRENCE, SampleFiles.ANNOTATION })
	void formattingTheFileLeavesItUnchanged(String name) throws IOException {
		assertEquals(SampleFiles.read(name), CanonicalFormat.of(loaded(name)));
	}

	@ParameterizedTest
	@ValueSource(strings = { SampleFiles.CODEBOOK, SampleFiles.DETERRENCE, SampleFiles.ANNOTATION })
	void savingTheModelFormattedReproducesTheFile(String name) throws IOException {
		XtextResource resource = loaded(name);
		ISerializer serializer = resource.getResourceServiceProvider().get(ISerializer.class);
		String saved = serializer.serialize(resource.getContents().get(0), SaveOptions.newBuilder().format().getOptions());
		assertEquals(SampleFiles.read(name), saved);
	}
}
