package org.claimbench.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code claimbench lsp} process ends with the editor session, however the editor leaves. */
class SessionEndTest {

	@TempDir
	Path folder;

	@Test
	void serverReturnsAfterShutdownAndExit() throws Exception {
		new AnnotationWorkspace(folder);
		LanguageServerSession session = LanguageServerSession.open(folder);
		LanguageServerSession.await(session.server().shutdown());
		session.server().exit();

		assertTrue(session.serverEnded(), "the server still runs after exit");
		session.close();
	}

	@Test
	void serverReturnsWhenTheEditorHangsUp() throws Exception {
		new AnnotationWorkspace(folder);
		LanguageServerSession session = LanguageServerSession.open(folder);
		session.hangUp();

		assertTrue(session.serverEnded(), "the server still runs after its input ended");
		session.close();
	}
}
