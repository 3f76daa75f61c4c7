package org.claimbench.core.agreement;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The comments of coders' versions, kept with the elements they belong to, so that a gold written from the versions'
 * models (which the serializer writes without comments) gets them back: a comment on the lines before an element
 * goes with that element, a comment after an element on the same line goes with it too, a comment before the
 * {@code document} header stays at the top, one after the last element at the end. A comment inside an element that
 * precedes none of its parts (between a claim's name and its kind, say) is put on the lines before that element.
 */
public final class SourceComments {

	private record Comment(String text, boolean block) {
	}

	/** An element's comments: on the lines before it, after it on its last line, and (the document's) at the very end. */
	private static final class Kept {
		final List<Comment> before = new ArrayList<>();
		final List<Comment> after = new ArrayList<>();
		final List<Comment> atEnd = new ArrayList<>();
	}

	private final Map<EObject, Kept> byElement = new IdentityHashMap<>();

	private SourceComments() {
	}

	/** The comments of the documents as parsed (a document without a node model has none). */
	public static SourceComments of(List<Document> versions) {
		SourceComments comments = new SourceComments();
		versions.forEach(comments::read);
		return comments;
	}

	private void read(Document document) {
		Resource resource = document.eResource();
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return;
		}
		List<ILeafNode> pending = new ArrayList<>();
		ILeafNode previous = null;
		for (ILeafNode leaf : xtext.getParseResult().getRootNode().getLeafNodes()) {
			if (isComment(leaf)) {
				pending.add(leaf);
			} else if (!leaf.isHidden()) {
				for (ILeafNode comment : pending) {
					EObject ended = previous != null && comment.getStartLine() == previous.getEndLine() ? endingWith(previous, document) : null;
					// The header's own comments go to the top, where the document's leading ones are.
					if (ended != null && ended != document) {
						kept(ended).after.add(comment(comment));
					} else {
						kept(startingWith(leaf, document)).before.add(comment(comment));
					}
				}
				pending.clear();
				previous = leaf;
			}
		}
		for (ILeafNode comment : pending) {
			EObject ended = previous != null && comment.getStartLine() == previous.getEndLine() ? endingWith(previous, document) : null;
			if (ended != null && ended != document) {
				kept(ended).after.add(comment(comment));
			} else {
				kept(document).atEnd.add(comment(comment));
			}
		}
	}

	private Kept kept(EObject element) {
		return byElement.computeIfAbsent(element, e -> new Kept());
	}

	private static boolean isComment(ILeafNode leaf) {
		return leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule
				&& (rule.getName().equals("SL_COMMENT") || rule.getName().equals("ML_COMMENT"));
	}

	private static Comment comment(ILeafNode leaf) {
		String text = leaf.getText();
		boolean block = text.startsWith("/*");
		// A line comment's token takes its line break with it.
		return new Comment(block ? text : text.stripTrailing(), block);
	}

	/** The outermost element (the document only when nothing inside it) whose first token is this one, or else the innermost holding it. */
	private static EObject startingWith(ILeafNode token, Document document) {
		return outermost(token, document, SourceComments::firstToken);
	}

	/** The outermost element (the document only when nothing inside it) whose last token is this one, or null. */
	private static EObject endingWith(ILeafNode token, Document document) {
		EObject element = outermost(token, document, SourceComments::lastToken);
		return lastToken(element) == token ? element : null;
	}

	private static EObject outermost(ILeafNode token, Document document, Function<EObject, INode> edge) {
		EObject innermost = NodeModelUtils.findActualSemanticObjectFor(token);
		if (innermost == null) {
			return document;
		}
		EObject found = innermost;
		for (EObject element = innermost; element != null && element != document; element = element.eContainer()) {
			if (edge.apply(element) != token) {
				break;
			}
			found = element;
		}
		return found;
	}

	private static INode firstToken(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					return leaf;
				}
			}
		}
		return null;
	}

	private static INode lastToken(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		INode last = null;
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					last = leaf;
				}
			}
		}
		return last;
	}

	/**
	 * The text of {@code gold} (as the serializer wrote it) with the comments of each of its elements' originals put
	 * back: {@code originalOf} names the version element a gold element was copied from (itself where the gold is a
	 * version changed in place), null for one made anew. The text is parsed again to find where each element went;
	 * should it not parse into the same elements, it is returned as it is.
	 */
	public String addTo(String text, Document gold, Function<EObject, EObject> originalOf) {
		if (byElement.isEmpty()) {
			return text;
		}
		IParseResult parsed = ClaimBenchLanguages.injector(ClaimBenchLanguages.DOCUMENT_EXTENSION).getInstance(IParser.class)
				.parse(new StringReader(text));
		if (parsed.hasSyntaxErrors() || parsed.getRootASTElement() == null || parsed.getRootASTElement().eClass() != gold.eClass()) {
			return text;
		}
		List<Insertion> insertions = new ArrayList<>();
		Kept root = byElement.get(originalOf.apply(gold));
		if (root != null) {
			root.before.forEach(c -> insertions.add(new Insertion(0, insertions.size(), c.text() + "\n")));
			root.atEnd.forEach(c -> insertions.add(new Insertion(text.length(), insertions.size(), (text.endsWith("\n") ? "" : "\n") + c.text() + "\n")));
		}
		Iterator<EObject> written = parsed.getRootASTElement().eAllContents();
		for (Iterator<EObject> model = gold.eAllContents(); model.hasNext();) {
			EObject element = model.next();
			if (!written.hasNext()) {
				return text;
			}
			EObject counterpart = written.next();
			if (counterpart.eClass() != element.eClass()) {
				return text;
			}
			EObject original = originalOf.apply(element);
			Kept kept = original == null ? null : byElement.get(original);
			if (kept != null) {
				place(text, NodeModelUtils.getNode(counterpart), kept.before, kept.after, insertions);
			}
		}
		if (written.hasNext()) {
			return text;
		}
		StringBuilder result = new StringBuilder(text);
		// From the end, so that earlier offsets stay valid; at one offset in the order the comments came.
		insertions.sort(Comparator.comparingInt(Insertion::offset).thenComparingInt(Insertion::order).reversed());
		insertions.forEach(i -> result.insert(i.offset(), i.text()));
		return result.toString();
	}

	private record Insertion(int offset, int order, String text) {
	}

	private static void place(String text, ICompositeNode node, List<Comment> before, List<Comment> after, List<Insertion> insertions) {
		INode first = null;
		INode last = null;
		for (ILeafNode leaf : node == null ? List.<ILeafNode>of() : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				first = first == null ? leaf : first;
				last = leaf;
			}
		}
		if (first == null) {
			return;
		}
		int lineStart = text.lastIndexOf('\n', first.getOffset() - 1) + 1;
		String indentation = text.substring(lineStart, first.getOffset());
		boolean startsItsLine = indentation.isBlank();
		for (Comment comment : before) {
			if (startsItsLine) {
				insertions.add(new Insertion(lineStart, insertions.size(), indentation + comment.text() + "\n"));
			} else {
				insertions.add(new Insertion(first.getOffset(), insertions.size(),
						comment.block() ? comment.text() + " " : comment.text() + "\n" + indentationOf(text, first.getOffset()) + "\t"));
			}
		}
		int end = last.getOffset() + last.getLength();
		int lineEnd = text.indexOf('\n', end);
		boolean endsItsLine = text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
		for (Comment comment : after) {
			if (comment.block() || endsItsLine) {
				insertions.add(new Insertion(end, insertions.size(), " " + comment.text()));
			} else {
				// A line comment ends the line: what followed the element goes on the next.
				insertions.add(new Insertion(end, insertions.size(), " " + comment.text() + "\n" + indentationOf(text, end) + "\t"));
			}
		}
	}

	/** The white space that begins the line the offset is on. */
	private static String indentationOf(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int at = lineStart;
		while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
			at++;
		}
		return text.substring(lineStart, at);
	}
}
