package org.claimbench.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Assertions on validation issues that print every issue when they fail. */
final class Issues {

	private Issues() {
	}

	static String describe(List<Issue> issues) {
		return issues.isEmpty() ? "no issues"
				: issues.stream().map(i -> i.getLineNumber() + ": " + i.getSeverity() + ": " + i.getMessage() + " [" + i.getCode() + "]")
						.collect(Collectors.joining("\n", "\n", ""));
	}

	static void assertNone(List<Issue> issues) {
		assertTrue(issues.isEmpty(), describe(issues));
	}

	/** Asserts exactly one issue, with the code, severity and line, whose message contains every part. */
	static Issue assertSingle(List<Issue> issues, String code, Severity severity, int line, String... messageParts) {
		assertEquals(1, issues.size(), describe(issues));
		return assertIssue(issues.get(0), code, severity, line, messageParts);
	}

	static Issue assertIssue(Issue issue, String code, Severity severity, int line, String... messageParts) {
		String shown = describe(List.of(issue));
		assertEquals(code, issue.getCode(), shown);
		assertEquals(severity, issue.getSeverity(), shown);
		assertEquals(line, issue.getLineNumber(), shown);
		for (String part : messageParts) {
			assertTrue(issue.getMessage().contains(part), "message contains '" + part + "':" + shown);
		}
		return issue;
	}

	static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}
}
