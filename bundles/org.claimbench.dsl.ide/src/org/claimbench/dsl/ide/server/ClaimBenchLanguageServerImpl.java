package org.claimbench.dsl.ide.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's language server with what editors expect of ClaimBench: diagnostics that say they come from
 * ClaimBench and carry the issue data a code action needs, documents checked again when their source text
 * changes on disk, and no capability announced that answers nothing.
 */
public class ClaimBenchLanguageServerImpl extends LanguageServerImpl {

	static final String SOURCE = "claimbench";
	private static final String DOCUMENT_EXTENSION = "claims";
	private static final String SCHEMA_EXTENSION = "cbschema";

	private volatile boolean watchFiles;
	/** The documents the editor has open, with their versions. */
	private final Map<String, Integer> openDocuments = new ConcurrentHashMap<>();

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setSource(SOURCE);
		if (diagnostic.getData() == null && issue.getData() != null && issue.getData().length > 0) {
			diagnostic.setData(issue.getData());
		}
		return diagnostic;
	}

	/**
	 * A source text is no file of the languages, so Xtext rebuilds nothing when one changes: the documents
	 * that may quote it (those in its folder or the folders above it) are rebuilt with it, and their anchors
	 * checked against the new text.
	 */
	@Override
	protected BuildManager.Buildable toBuildable(DidChangeWatchedFilesParams params) {
		List<FileEvent> events = new ArrayList<>(params.getChanges());
		Set<String> added = new HashSet<>();
		for (FileEvent event : params.getChanges()) {
			if (isSourceText(event.getUri())) {
				URI folder = URI.createURI(event.getUri()).trimSegments(1);
				for (IResourceDescription description : getWorkspaceManager().getIndex().getAllResourceDescriptions()) {
					URI document = description.getURI();
					if (DOCUMENT_EXTENSION.equals(document.fileExtension()) && contains(document.trimSegments(1), folder)
							&& added.add(document.toString())) {
						events.add(new FileEvent(document.toString(), FileChangeType.Changed));
					}
				}
			}
		}
		return super.toBuildable(new DidChangeWatchedFilesParams(events));
	}

	/**
	 * An open document's text comes from the editor, so Xtext does not rebuild it for a change on disk; one that
	 * may quote a changed source text is rebuilt through an empty edit, which checks its anchors again.
	 */
	@Override
	public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
		super.didChangeWatchedFiles(params);
		Set<String> revalidate = new HashSet<>();
		for (FileEvent event : params.getChanges()) {
			if (isSourceText(event.getUri())) {
				URI folder = URI.createURI(event.getUri()).trimSegments(1);
				openDocuments.keySet().stream().filter(open -> contains(URI.createURI(open).trimSegments(1), folder))
						.forEach(revalidate::add);
			}
		}
		for (String document : revalidate) {
			didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(document, openDocuments.get(document)),
					List.of()));
		}
	}

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		openDocuments.put(params.getTextDocument().getUri(), params.getTextDocument().getVersion());
		super.didOpen(params);
	}

	@Override
	public void didChange(DidChangeTextDocumentParams params) {
		if (params.getTextDocument().getVersion() != null) {
			openDocuments.computeIfPresent(params.getTextDocument().getUri(), (uri, version) -> params.getTextDocument().getVersion());
		}
		super.didChange(params);
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		openDocuments.remove(params.getTextDocument().getUri());
		super.didClose(params);
	}

	private static boolean isSourceText(String uri) {
		return !uri.endsWith("." + DOCUMENT_EXTENSION) && !uri.endsWith("." + SCHEMA_EXTENSION);
	}

	/** True when {@code inner} is {@code outer} or lies below it; URIs compared without their authority's spelling. */
	private static boolean contains(URI outer, URI inner) {
		String prefix = outer.path() + "/";
		return inner.path() != null && outer.path() != null && (inner.path() + "/").startsWith(prefix);
	}

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		watchFiles = supportsWatchedFileRegistration(params);
		return super.initialize(params);
	}

	/** Asks the client to report changes of schemas, documents and source texts, when it can be asked. */
	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		if (watchFiles && getLanguageClient() != null) {
			FileSystemWatcher watcher = new FileSystemWatcher(Either.forLeft("**/*.{" + DOCUMENT_EXTENSION + "," + SCHEMA_EXTENSION + ",txt}"));
			Registration registration = new Registration("claimbench-watched-files", "workspace/didChangeWatchedFiles",
					new DidChangeWatchedFilesRegistrationOptions(List.of(watcher)));
			getLanguageClient().registerCapability(new RegistrationParams(List.of(registration)));
		}
	}

	private static boolean supportsWatchedFileRegistration(InitializeParams params) {
		WorkspaceClientCapabilities workspace = params.getCapabilities() == null ? null : params.getCapabilities().getWorkspace();
		DidChangeWatchedFilesCapabilities watched = workspace == null ? null : workspace.getDidChangeWatchedFiles();
		return watched != null && Boolean.TRUE.equals(watched.getDynamicRegistration());
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		// Neither language has calls with parameters: signature help would always be empty.
		capabilities.setSignatureHelpProvider(null);
		return capabilities;
	}
}
