package org.claimbench.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.claimbench.dsl.ide.ClaimBenchInjectors;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.junit.jupiter.api.Test;

/**
 * Under OSGi nothing configures log4j, whose root logger then stays at DEBUG: Xtext built debug messages for every
 * link that nobody could read. Setting the languages up leaves Xtext's loggers at warnings and errors.
 */
class UnconfiguredLoggingTest {

	@Test
	void xtextBuildsNoDebugMessagesOnceTheLanguagesAreSetUp() {
		ClaimBenchInjectors.document();
		Logger linking = Logger.getLogger(LazyLinkingResource.class);
		assertFalse(linking.isDebugEnabled(), "Xtext's linking logs at DEBUG");
		assertTrue(linking.isEnabledFor(Level.WARN), "warnings are still logged");
	}
}
