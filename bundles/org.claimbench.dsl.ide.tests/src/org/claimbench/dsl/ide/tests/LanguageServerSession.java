package org.claimbench.dsl.ide.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.claimbench.dsl.ide.server.ClaimBenchLanguageServer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * ClaimBench's language server on a thread of its own, talking JSON-RPC over pipes to an lsp4j
 * client, as an editor would over the standard streams of a {@code claimbench lsp} process.
 */
final class LanguageServerSession implements AutoCloseable {

	static final long PATIENCE_SECONDS = 60;

	private final Thread serverThread;
	private final OutputStream toServer;
	private final RecordingClient client = new RecordingClient();
	private final LanguageServer server;
	private InitializeResult initializeResult;

	private LanguageServerSession() throws IOException {
		Pipe requests = Pipe.open();
		Pipe responses = Pipe.open();
		InputStream serverIn = Channels.newInputStream(requests.source());
		OutputStream serverOut = Channels.newOutputStream(responses.sink());
		serverThread = new Thread(() -> {
			ClaimBenchLanguageServer.run(serverIn, serverOut);
			closeQuietly(serverOut);
		}, "claimbench-language-server");
		serverThread.start();
		toServer = Channels.newOutputStream(requests.sink());
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client,
				Channels.newInputStream(responses.source()), toServer);
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	/** Starts a server on the workspace folder and waits until it has built every file in it. */
	static LanguageServerSession open(Path workspace) throws Exception {
		LanguageServerSession session = new LanguageServerSession();
		session.initialize(workspace);
		return session;
	}

	private void initialize(Path workspace) throws Exception {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		WorkspaceClientCapabilities folders = new WorkspaceClientCapabilities();
		folders.setWorkspaceFolders(true);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(folders);
		params.setCapabilities(capabilities);
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
		initializeResult = await(server.initialize(params));
		server.initialized(new InitializedParams());
		try (Stream<Path> files = Files.list(workspace)) {
			for (Path file : files.filter(LanguageServerSession::isLanguageFile).toList()) {
				client.awaitPublish(file, 0);
			}
		}
	}

	private static boolean isLanguageFile(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".claims") || name.endsWith(".cbschema");
	}

	LanguageServer server() {
		return server;
	}

	InitializeResult initializeResult() {
		return initializeResult;
	}

	static <T> T await(CompletableFuture<T> reply)
			throws InterruptedException, ExecutionException, TimeoutException {
		return reply.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
	}

	/** Opens the file in the server with the given text; returns the diagnostics the server publishes for it. */
	List<Diagnostic> open(Path file, String text) throws InterruptedException {
		int before = client.publishCount(file);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
				new TextDocumentItem(uri(file), languageId(file), 1, text)));
		return client.awaitPublish(file, before);
	}

	/** Tells the server that files changed on disk; returns the diagnostics it then publishes for {@code watched}. */
	List<Diagnostic> filesChanged(Path watched, Path... changed) throws InterruptedException {
		int before = client.publishCount(watched);
		List<FileEvent> events = new ArrayList<>();
		for (Path file : changed) {
			events.add(new FileEvent(uri(file), FileChangeType.Changed));
		}
		server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
		return client.awaitPublish(watched, before);
	}

	static String uri(Path file) {
		return file.toUri().toString();
	}

	private static String languageId(Path file) {
		return file.getFileName().toString().endsWith(".claims") ? "claims" : "cbschema";
	}

	/** True once the server's run method has returned. */
	boolean serverEnded() throws InterruptedException {
		serverThread.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
		return !serverThread.isAlive();
	}

	/** Hangs up without the protocol's goodbye, as a crashed editor would. */
	void hangUp() {
		closeQuietly(toServer);
	}

	@Override
	public void close() throws Exception {
		if (serverThread.isAlive()) {
			await(server.shutdown());
			server.exit();
			serverEnded();
		}
		closeQuietly(toServer);
	}

	private static void closeQuietly(OutputStream stream) {
		try {
			stream.close();
		} catch (IOException e) {
			// The other side is gone already; nothing is left to tell it.
		}
	}
}
