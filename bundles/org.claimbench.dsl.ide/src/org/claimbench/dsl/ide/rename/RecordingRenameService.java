package org.claimbench.dsl.ide.rename;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.ide.server.rename.ServerRefactoringIssueAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Rename over the language server that, for a schema carrying a {@code version}, also records the rename as a change
 * of the next version ({@code changes in version N+1 { rename kind Old to New }}) and bumps the schema's version; the
 * documents the rename edits are brought to that version in their header, since their words are renamed already.
 * Documents outside the workspace follow with {@code claimbench migrate}. An unversioned schema is renamed as before:
 * versioning is how a team says its coded documents must be able to follow.
 */
public class RecordingRenameService extends RenameService2 {

	@Inject
	private UriExtensions uris;

	@Override
	protected void applyModifications(EObject target, WorkspaceEdit edit, ServerRefactoringIssueAcceptor issues, Options options,
			ILanguageServerAccess.Context context) {
		// Described before the rename, while the element still has its old name.
		String change = RecordedRename.describe(target, options.getRenameParams().getNewName());
		Schema schema = EcoreUtil.getRootContainer(target) instanceof Schema s && s.isSetVersion() ? s : null;
		super.applyModifications(target, edit, issues, options, context);
		if (change == null || schema == null || target.eResource() == null) {
			return;
		}
		int next = schema.getVersion() + 1;
		Consumer<TextEdit> schemaEdits = editsOf(edit, uris.toUriString(schema.eResource().getURI()));
		if (schemaEdits == null) {
			return;
		}
		String text = textOf(schema.eResource());
		versionEdit(schema, ClaimsPackage.Literals.SCHEMA__VERSION, text, next).ifPresent(schemaEdits);
		Position end = position(text, text.length());
		String block = (text.endsWith("\n") ? "" : "\n") + "\nchanges in version " + next + " {\n\t" + change + "\n}\n";
		schemaEdits.accept(new TextEdit(new Range(end, end), block));
		for (Resource resource : List.copyOf(target.eResource().getResourceSet().getResources())) {
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)
					|| document.getSchema() != schema || !document.isSetSchemaVersion() || document.getSchemaVersion() != next - 1) {
				continue;
			}
			Consumer<TextEdit> documentEdits = editsOf(edit, uris.toUriString(resource.getURI()));
			if (documentEdits != null) {
				versionEdit(document, ClaimsPackage.Literals.DOCUMENT__SCHEMA_VERSION, textOf(resource), next)
						.ifPresent(documentEdits);
			}
		}
	}

	/** What adds an edit to one file's edits in the workspace edit, in whichever form the client asked for; null if it has none. */
	private static Consumer<TextEdit> editsOf(WorkspaceEdit edit, String uri) {
		Map<String, List<TextEdit>> changes = edit.getChanges();
		if (changes != null && changes.containsKey(uri)) {
			List<TextEdit> edits = new ArrayList<>(changes.get(uri));
			changes.put(uri, edits);
			return edits::add;
		}
		if (edit.getDocumentChanges() != null) {
			for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
				if (change.isLeft() && uri.equals(change.getLeft().getTextDocument().getUri())) {
					TextDocumentEdit document = change.getLeft();
					return added -> {
						List<Either<TextEdit, SnippetTextEdit>> edits = new ArrayList<>(document.getEdits());
						edits.add(Either.forLeft(added));
						document.setEdits(edits);
					};
				}
			}
		}
		return null;
	}

	private static Optional<TextEdit> versionEdit(EObject owner, EStructuralFeature version, String text, int next) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, version);
		if (nodes.isEmpty()) {
			return Optional.empty();
		}
		INode node = nodes.get(0);
		return Optional.of(new TextEdit(new Range(position(text, node.getOffset()), position(text, node.getEndOffset())),
				Integer.toString(next)));
	}

	private static String textOf(Resource resource) {
		return ((XtextResource) resource).getParseResult().getRootNode().getText();
	}

	private static Position position(String text, int offset) {
		return new org.eclipse.xtext.ide.server.Document(0, text).getPosition(offset);
	}
}
