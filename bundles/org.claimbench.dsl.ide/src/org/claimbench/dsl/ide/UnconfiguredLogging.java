package org.claimbench.dsl.ide;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;

/**
 * Xtext logs through log4j 1.2, whose root logger stays at DEBUG when nothing configures it: under OSGi, and on the
 * command line's flat class path, no configuration is found. Xtext then builds debug messages (two per link) that no
 * appender ever receives, about 3% of loading a document. With no appender configured nothing is shown at any level,
 * so raising the level to WARN changes no output; a configuration a user or an embedding program provides is left as
 * it is.
 */
final class UnconfiguredLogging {

	private UnconfiguredLogging() {
	}

	static void quietUnlessConfigured() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements() && !root.getLevel().isGreaterOrEqual(Level.WARN)) {
			root.setLevel(Level.WARN);
		}
	}
}
