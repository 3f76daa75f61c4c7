package org.claimbench.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimbench.dsl.ide.DaemonExecutorServiceProvider;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language server for schemas (.cbschema) and annotation documents (.claims): diagnostics,
 * completion, formatting, highlighting and navigation for any editor that speaks the Language
 * Server Protocol. Works on a flat class path and inside OSGi alike.
 */
public final class ClaimBenchLanguageServer {

	private ClaimBenchLanguageServer() {
	}

	/**
	 * Serves one client over the given streams and returns once the client sends {@code exit} or
	 * closes its end of the input. When {@code out} is {@link System#out}, stray console output is
	 * sent to {@link System#err} meanwhile, so that it cannot corrupt the protocol.
	 */
	public static void run(InputStream in, OutputStream out) {
		PrintStream console = System.out;
		boolean guardConsole = out == console;
		if (guardConsole) {
			System.setOut(System.err);
		}
		try {
			serve(in, out);
		} finally {
			if (guardConsole) {
				System.setOut(console);
			}
		}
	}

	private static void serve(InputStream in, OutputStream out) {
		ExitSignal exit = new ExitSignal();
		Injector injector = Guice.createInjector(Modules2.mixin(new ServerModule(), new ClaimBenchServerModule(exit)));
		LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
		// Daemon threads: a reader blocked on standard input must not keep the JVM alive once run returns.
		ExecutorService messages = Executors.newCachedThreadPool(
				Thread.ofPlatform().daemon().name("claimbench-lsp-", 0).factory());
		try {
			Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
					.setLocalService(server)
					.setRemoteInterface(LanguageClient.class)
					.setInput(in)
					.setOutput(out)
					.setExecutorService(messages)
					.setExceptionHandler(new UnsupportedMethods())
					.create();
			server.connect(launcher.getRemoteProxy());
			Future<Void> listening = launcher.startListening();
			exit.whenExited(() -> listening.cancel(true));
			awaitEnd(listening);
		} finally {
			injector.getInstance(DaemonExecutorServiceProvider.class).dispose();
			messages.shutdownNow();
		}
	}

	private static void awaitEnd(Future<Void> listening) {
		try {
			listening.get();
		} catch (CancellationException | ExecutionException e) {
			// Cancelled on exit, or the input broke off: either way the session is over.
		} catch (InterruptedException e) {
			listening.cancel(true);
			Thread.currentThread().interrupt();
		}
	}
}
