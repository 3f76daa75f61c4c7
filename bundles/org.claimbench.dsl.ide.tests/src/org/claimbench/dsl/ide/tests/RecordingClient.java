package org.claimbench.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** An editor's side of the protocol that remembers every diagnostics notification per file. */
final class RecordingClient implements LanguageClient {

	private static final long PATIENCE_SECONDS = 60;

	private final Map<Path, List<List<Diagnostic>>> published = new HashMap<>();

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		Path file = Path.of(URI.create(diagnostics.getUri()));
		published.computeIfAbsent(file, f -> new ArrayList<>()).add(diagnostics.getDiagnostics());
		notifyAll();
	}

	synchronized int publishCount(Path file) {
		return published.getOrDefault(file, List.of()).size();
	}

	/** The diagnostics of the given notification (counting from 0) for the file, waiting until it arrives. */
	synchronized List<Diagnostic> awaitPublish(Path file, int index) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
		while (publishCount(file) <= index) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				fail("no diagnostics published for " + file.getFileName() + " (notification " + index + ")");
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
		return published.get(file).get(index);
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}
}
