package org.claimbench.ui.sourceeditor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.claimbench.dsl.ide.server.InProcessLanguageServer;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.xtext.ide.server.Document;

/**
 * Rename across the project: the language server's rename service, run in this process on the project's
 * folder with the editors' unsaved texts, computes the edits; they go into the open editors' documents (each
 * one undoable step, left unsaved like any edit) and into the files on disk that no editor has open.
 */
final class WorkspaceRename {

	/** How long the server may take to build the project and answer; a sample project takes a second or two. */
	private static final long PATIENCE_SECONDS = 60;

	private WorkspaceRename() {
	}

	/**
	 * Renames what the name at the offset of the file denotes; returns the files changed. Throws with a
	 * message for the user when there is nothing to rename there or the server refuses.
	 */
	static List<IFile> rename(IFile file, IDocument current, int offset, String newName) throws Exception {
		Map<IFile, List<TextEdit>> edits = edits(file, current, offset, newName);
		List<IFile> changed = new ArrayList<>();
		for (Map.Entry<IFile, List<TextEdit>> entry : edits.entrySet()) {
			apply(entry.getKey(), entry.getValue());
			changed.add(entry.getKey());
		}
		return changed;
	}

	private static Map<IFile, List<TextEdit>> edits(IFile file, IDocument current, int offset, String newName) throws Exception {
		IProject project = file.getProject();
		try (InProcessLanguageServer session = new InProcessLanguageServer(new QuietClient())) {
			InitializeParams params = new InitializeParams();
			params.setProcessId((int) ProcessHandle.current().pid());
			WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
			workspace.setWorkspaceFolders(true);
			ClientCapabilities capabilities = new ClientCapabilities();
			capabilities.setWorkspace(workspace);
			params.setCapabilities(capabilities);
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(project.getLocationURI().toString(), project.getName())));
			await(session.server().initialize(params));
			session.server().initialized(new InitializedParams());
			// The server reads the files from disk; the editors' unsaved texts are what the user sees.
			for (IFile open : openDocuments(project)) {
				IDocument document = open.equals(file) ? current : bufferDocument(open);
				session.server().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(open),
						DslLanguage.of(open).extension(), 1, document.get())));
			}
			Position position = new Document(1, current.get()).getPosition(offset);
			WorkspaceEdit edit = await(session.server().rename(new RenameParams(new TextDocumentIdentifier(uri(file)), position, newName)));
			return byFile(edit);
		}
	}

	private static <T> T await(CompletableFuture<T> future) throws Exception {
		return future.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
	}

	private static String uri(IFile file) {
		return file.getLocationURI().toString();
	}

	private static Map<IFile, List<TextEdit>> byFile(WorkspaceEdit edit) {
		Map<IFile, List<TextEdit>> result = new LinkedHashMap<>();
		if (edit == null) {
			return result;
		}
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, edits) -> result.computeIfAbsent(fileAt(uri), f -> new ArrayList<>()).addAll(edits));
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				if (change.isLeft()) {
					TextDocumentEdit documentEdit = change.getLeft();
					List<TextEdit> list = result.computeIfAbsent(fileAt(documentEdit.getTextDocument().getUri()), f -> new ArrayList<>());
					documentEdit.getEdits().forEach(e -> list.add(e.isLeft() ? e.getLeft() : null));
				}
			}
		}
		result.values().forEach(list -> list.removeIf(e -> e == null));
		result.remove(null);
		return result;
	}

	private static IFile fileAt(String uri) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(uri));
		return files.length == 0 ? null : files[0];
	}

	/** The project's DSL files that have a buffer: open in an editor. */
	private static List<IFile> openDocuments(IProject project) throws CoreException {
		List<IFile> open = new ArrayList<>();
		for (String extension : List.of(DslLanguage.SCHEMA.extension(), DslLanguage.DOCUMENT.extension())) {
			for (IFile candidate : ProjectModelLoader.files(project, extension)) {
				if (bufferDocument(candidate) != null) {
					open.add(candidate);
				}
			}
		}
		return open;
	}

	private static IDocument bufferDocument(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		return buffer == null ? null : buffer.getDocument();
	}

	private static void apply(IFile file, List<TextEdit> edits) throws CoreException, BadLocationException {
		IDocument open = bufferDocument(file);
		if (open != null) {
			IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(open);
			if (undo != null) {
				undo.beginCompoundChange();
			}
			try {
				replace(open, edits);
			} finally {
				if (undo != null) {
					undo.endCompoundChange();
				}
			}
			return;
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			replace(buffer.getDocument(), edits);
			buffer.commit(new NullProgressMonitor(), true);
		} finally {
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
		}
	}

	/** Applies the edits from the end of the text backwards, so that each edit's range is still where it was. */
	private static void replace(IDocument document, List<TextEdit> edits) throws BadLocationException {
		Document positions = new Document(1, document.get());
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> positions.getOffSet(e.getRange().getStart())).reversed());
		for (TextEdit edit : sorted) {
			int start = positions.getOffSet(edit.getRange().getStart());
			int end = positions.getOffSet(edit.getRange().getEnd());
			document.replace(start, end - start, edit.getNewText());
		}
	}

	/** The workbench shows its own markers and messages; what the in-process server publishes goes nowhere. */
	private static final class QuietClient implements LanguageClient {

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
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
}
