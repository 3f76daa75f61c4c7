package org.claimbench.reliability.jazzer;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.model.claims.ClaimsPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.resource.IResourceServiceProvider;

/**
 * libFuzzer dictionaries read from the product itself, so they follow the grammars and the metamodel when
 * these change: the keywords of both languages, and the names an XMI file of the metamodel uses.
 */
public final class KeywordDictionary {

	private KeywordDictionary() {
	}

	/** Every keyword of the schema and the annotation grammar (punctuation included), one entry a line. */
	public static String languages() {
		ClaimBenchLanguages.injector(); // registers both languages
		Set<String> keywords = new TreeSet<>();
		for (String extension : new String[] { ClaimBenchLanguages.SCHEMA_EXTENSION, ClaimBenchLanguages.DOCUMENT_EXTENSION }) {
			IResourceServiceProvider provider = IResourceServiceProvider.Registry.INSTANCE
					.getResourceServiceProvider(URI.createFileURI("keywords." + extension));
			keywords.addAll(GrammarUtil.getAllKeywords(provider.get(IGrammarAccess.class).getGrammar()));
		}
		// Terminals of the common grammar are no keywords, but each opens a token of its own.
		keywords.addAll(Set.of("\"", "'", "//", "/*", "*/", "\\\""));
		return entries(keywords);
	}

	/** The metamodel's class and feature names and the XMI markup around them. */
	public static String xmi() {
		Set<String> names = new TreeSet<>(Set.of("xmi:id=\"", "xmi:version=\"2.0\"", "xsi:type=\"claims:", "href=\"",
				"xmlns:claims=\"" + ClaimsPackage.eNS_URI + "\"", "</", "/>", "=\"", "#//", "<?xml version=\"1.0\"?>",
				"<!DOCTYPE", "<!ENTITY", "<![CDATA[", "]]>", "&amp;", "&#"));
		for (EClassifier classifier : ClaimsPackage.eINSTANCE.getEClassifiers()) {
			names.add(classifier.getName());
			if (classifier instanceof EClass eClass) {
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					names.add(feature.getName());
				}
			}
		}
		return entries(names);
	}

	private static String entries(Set<String> words) {
		StringBuilder dictionary = new StringBuilder();
		for (String word : words) {
			dictionary.append(quoted(word)).append('\n');
		}
		return dictionary.toString();
	}

	/** A dictionary entry: printable ASCII as it is, backslash and quote escaped, every other byte as \xNN. */
	static String quoted(String word) {
		StringBuilder entry = new StringBuilder("\"");
		for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c == '"' || c == '\\') {
				entry.append('\\').append((char) c);
			} else if (c >= 0x20 && c < 0x7f) {
				entry.append((char) c);
			} else {
				entry.append(String.format("\\x%02X", c));
			}
		}
		return entry.append('"').toString();
	}
}
