package org.claimbench.dsl.ide.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A language server started on a fresh workspace folder (schema, source text, valid document) per test. */
abstract class ServerOnWorkspace {

	@TempDir
	Path folder;

	AnnotationWorkspace workspace;
	LanguageServerSession session;

	@BeforeEach
	void startServer() throws Exception {
		workspace = new AnnotationWorkspace(folder);
		session = LanguageServerSession.open(folder);
	}

	@AfterEach
	void stopServer() throws Exception {
		session.close();
	}
}
