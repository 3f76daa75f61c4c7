package org.claimbench.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.claimbench.dsl.conversion.DoubleQuotedStrings;
import org.claimbench.dsl.source.AnchorRewrite;
import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.dsl.source.UniqueContext;
import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.DocumentElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The fixes an editor offers as code actions on a document's diagnostics, keyed on their issue codes: the
 * same repairs the workbench offers, as plain text edits any LSP client can apply.
 */
public class ClaimDocumentQuickfixes extends AbstractDeclarativeIdeQuickfixProvider {

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	/** The quote occurs at another offset (issue data: that offset): write it in place of the old one. */
	@QuickFix(IssueCodes.QUOTE_MOVED)
	public void reanchor(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Re-anchor the quote where it now occurs", (diagnostic, element, document) -> {
			String offset = IssueData.first(diagnostic);
			return offset == null || !offset.matches("\\d+") ? List.of() : List.of(new TextEdit(diagnostic.getRange(), offset));
		});
	}

	/** An anchor written without an offset whose words occur once (issue data: where): write {@code at N} after the quote. */
	@QuickFix(IssueCodes.OFFSET_MISSING)
	public void writeOffset(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Write the offset", (diagnostic, element, document) -> {
			String offset = IssueData.first(diagnostic);
			if (offset == null || !offset.matches("\\d+")) {
				return List.of();
			}
			Position end = diagnostic.getRange().getEnd();
			return List.of(new TextEdit(new Range(end, end), " at " + offset));
		});
	}

	/**
	 * The quote occurs in several places and nothing says which (issue data: the first few): one fix per place,
	 * which writes its offset and the shortest context that only that place has, so the choice survives a
	 * change of the text. Xtext's declarative fixes have one label per method; these depend on the diagnostic.
	 */
	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return ambiguous(diagnostic) || super.handlesDiagnostic(diagnostic);
	}

	private static boolean ambiguous(Diagnostic diagnostic) {
		return diagnostic.getCode() != null && IssueCodes.OFFSET_AMBIGUOUS.equals(diagnostic.getCode().getLeft());
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		List<DiagnosticResolution> resolutions = new ArrayList<>(super.getResolutions(options, diagnostic));
		if (ambiguous(diagnostic)) {
			DiagnosticResolutionAcceptor acceptor = acceptors.get();
			for (String place : IssueData.all(diagnostic)) {
				if (place != null && place.matches("\\d{1,9}")) {
					int at = Integer.parseInt(place);
					acceptor.accept("Anchor at offset " + at, (d, element, document) -> anchorAt(element, at, document));
				}
			}
			resolutions.addAll(acceptor.getDiagnosticResolutions(options, diagnostic));
		}
		return resolutions;
	}

	private static List<TextEdit> anchorAt(EObject element, int at, Document document) {
		if (!(element instanceof Anchor anchor)
				|| !(EcoreUtil.getRootContainer(anchor) instanceof org.claimbench.model.claims.Document annotation)) {
			return List.of();
		}
		SourceLoad source = SourceTexts.load(annotation);
		if (!source.isLoaded()) {
			return List.of();
		}
		Optional<UniqueContext.Context> context = UniqueContext.of(source.text().text(), anchor.getQuote(), at,
				anchor.getPrefix(), anchor.getSuffix());
		List<TextEdit> edits = new ArrayList<>();
		for (AnchorRewrite.Replacement edit : AnchorRewrite.of(anchor, at, context.orElse(null))) {
			edits.add(new TextEdit(new Range(document.getPosition(edit.start()), document.getPosition(edit.end())), edit.text()));
		}
		return edits;
	}

	/**
	 * The recorded prefix or suffix no longer matches (issue data: the context the text now has): writing it
	 * is the person's confirmation that the anchor stands on the right words.
	 */
	@QuickFix(IssueCodes.CONTEXT_MISMATCH)
	public void confirmContext(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Confirm the anchor here (record the context the text now has)", (diagnostic, element, document) -> {
			String context = IssueData.first(diagnostic);
			return context == null ? List.of() : List.of(new TextEdit(diagnostic.getRange(), DoubleQuotedStrings.literal(context)));
		});
	}

	/** The quote matches only with other typography (issue data: the exact words, their offset): quote them exactly. */
	@QuickFix(IssueCodes.QUOTE_NEAR_MISS)
	public void quoteExactWords(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Quote the text's exact words", (diagnostic, element, document) -> {
			List<String> data = IssueData.all(diagnostic);
			if (data.size() < 2 || !data.get(1).matches("\\d+") || !(element instanceof Anchor anchor)) {
				return List.of();
			}
			List<INode> offsets = NodeModelUtils.findNodesForFeature(anchor, ClaimsPackage.eINSTANCE.getAnchor_Offset());
			List<TextEdit> edits = new ArrayList<>();
			edits.add(new TextEdit(diagnostic.getRange(), DoubleQuotedStrings.literal(data.get(0))));
			if (!offsets.isEmpty()) {
				INode offset = offsets.get(0);
				edits.add(new TextEdit(new Range(document.getPosition(offset.getOffset()), document.getPosition(offset.getEndOffset())),
						data.get(1)));
			}
			return edits;
		});
	}

	/** A required attribute is missing (issue data: its name): add it at the end of the element, to be filled in. */
	@QuickFix(IssueCodes.MISSING_REQUIRED_ATTRIBUTE)
	public void addRequiredAttribute(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add the missing attribute", (diagnostic, element, document) -> {
			String name = IssueData.first(diagnostic);
			DocumentElement owner = enclosing(element, DocumentElement.class);
			if (name == null || owner == null) {
				return List.of();
			}
			return List.of(Insertions.attribute(owner, name + " \"\"", document));
		});
	}

	/** A holder, member or attribute names no actor of the document: declare one of that name at the end. */
	@QuickFix(IssueCodes.UNRESOLVED_REFERENCE)
	public void createActor(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Declare the actor", (diagnostic, element, document) -> {
			boolean inDocument = element != null
					&& EcoreUtil.getRootContainer(element) instanceof org.claimbench.model.claims.Document;
			String name = actorReferenceAt(element, document.getOffSet(diagnostic.getRange().getStart()));
			if (!inDocument || name == null) {
				return List.of();
			}
			return List.of(Insertions.atEnd(document, "\nactor " + name + "\n"));
		});
	}

	/** The name written at the offset when it is a reference to an actor, or null. */
	private static String actorReferenceAt(EObject element, int offset) {
		ICompositeNode root = element == null ? null : NodeModelUtils.getNode(EcoreUtil.getRootContainer(element));
		ILeafNode leaf = root == null ? null : NodeModelUtils.findLeafNodeAtOffset(root, offset);
		for (INode node = leaf; node != null; node = node.getParent()) {
			if (node.getGrammarElement() instanceof CrossReference crossReference) {
				EReference reference = GrammarUtil.getReference(crossReference);
				String name = NodeModelUtils.getTokenText(node);
				boolean actor = reference != null && reference.getEReferenceType() == ClaimsPackage.eINSTANCE.getActor();
				return actor && name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : null;
			}
		}
		return null;
	}

	private static <T> T enclosing(EObject element, Class<T> type) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

	/** Text edits that add a line to an element or the document. */
	static final class Insertions {

		private Insertions() {
		}

		/** Inside the element's braces, before the closing one; braces are added when it has none. */
		static TextEdit attribute(DocumentElement owner, String line, Document document) {
			ICompositeNode node = NodeModelUtils.getNode(owner);
			String text = node.getText();
			int end = node.getTotalEndOffset();
			if (text.stripTrailing().endsWith("}")) {
				int close = node.getTotalOffset() + text.lastIndexOf('}');
				return insert(document, close, "\t" + line + "\n");
			}
			return insert(document, end, " {\n\t" + line + "\n}");
		}

		static TextEdit atEnd(Document document, String text) {
			return insert(document, document.getContents().length(), text);
		}

		private static TextEdit insert(Document document, int offset, String text) {
			Position at = document.getPosition(offset);
			return new TextEdit(new Range(at, at), text);
		}
	}
}
