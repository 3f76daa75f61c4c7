package org.claimbench.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.core.ProblemCodes;
import org.claimbench.dsl.validation.IssueCodes;
import org.eclipse.core.runtime.Platform;

/** The issue-code reference of the documentation (dsl.md) and the codes it has to explain. */
final class IssueCodeReference {

	private IssueCodeReference() {
	}

	static String text() throws IOException {
		URL entry = Platform.getBundle("org.claimbench.doc").getEntry("dsl.md");
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Every code the validators and the core services report, and Xtext's syntax error. */
	static List<String> allCodes() {
		List<String> codes = new ArrayList<>();
		codes.addAll(constants(IssueCodes.class));
		codes.addAll(constants(ProblemCodes.class));
		codes.add(org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC);
		return codes;
	}

	private static List<String> constants(Class<?> holder) {
		List<String> values = new ArrayList<>();
		for (Field field : holder.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !field.getName().equals("PREFIX")) {
				try {
					values.add((String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(field.toString(), e);
				}
			}
		}
		return values;
	}
}
