package org.claimbench.ui.sourceeditor.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * The DSL's Xtext ide services on the editor's current text, parsed with the project's schemas, registers and
 * other documents around it: the same hover, occurrence and folding services the language server answers with,
 * and Xtext's own resolution of the name under the caret for go to definition.
 * <p>
 * One parse serves the hover and go to definition on the UI thread and occurrences and folding in jobs, so
 * each service holds the instance's lock: resolving a name can resolve proxies, which changes the resource.
 */
final class LanguageServices {

	/** Where a name is declared: the file and the declared name's region in it. */
	record Target(IFile file, IRegion region) {
	}

	private final IFile file;
	private final DslLanguage language;
	private final String text;
	private final XtextResource resource;
	private final Document document;

	private LanguageServices(IFile file, String text) throws CoreException, IOException {
		this.file = file;
		this.language = DslLanguage.of(file);
		this.text = text;
		this.resource = new ProjectModelLoader().load(file, text);
		this.document = new Document(1, text);
	}

	/**
	 * The services for the text as the file's content: the parse already made of that text when there is one
	 * ({@link ParsedSources}).
	 */
	static LanguageServices on(IFile file, String text) throws CoreException, IOException {
		return ParsedSources.of(file, text);
	}

	/** A new parse of the text as the file's content. */
	static LanguageServices parse(IFile file, String text) throws CoreException, IOException {
		return new LanguageServices(file, text);
	}

	boolean isOf(String otherText) {
		return text.equals(otherText);
	}

	private TextDocumentIdentifier id() {
		return new TextDocumentIdentifier(resource.getURI().toString());
	}

	/** The hover of the element at the offset, in Markdown; empty when there is nothing to say. */
	synchronized String hover(int offset) {
		Hover hover = language.get(IHoverService.class).hover(document, resource,
				new HoverParams(id(), document.getPosition(offset)), CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
			return "";
		}
		return hover.getContents().getRight().getValue();
	}

	/** The declaration of the name referred to at the offset, in this file or another of the project; or null. */
	synchronized Target definition(int offset) {
		EObject target = new EObjectAtOffsetHelper().resolveCrossReferencedElementAt(resource, offset);
		if (target == null || target.eIsProxy() || target.eResource() == null) {
			return null;
		}
		IFile targetFile = target.eResource() == resource ? file : fileOf(target.eResource().getURI());
		if (targetFile == null) {
			return null;
		}
		ITextRegion region = language.get(ILocationInFileProvider.class).getSignificantTextRegion(target);
		return new Target(targetFile, region == null ? new Region(0, 0) : new Region(region.getOffset(), region.getLength()));
	}

	private static IFile fileOf(URI uri) {
		if (uri.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
		}
		if (uri.isFile()) {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(uri.toString()));
			return files.length == 0 ? null : files[0];
		}
		return null;
	}

	/** The region of the name (a reference or a declared name) at the offset, or null. */
	synchronized IRegion nameAt(int offset) {
		INode node = new EObjectAtOffsetHelper().getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (node == null) {
			return null;
		}
		return new Region(node.getOffset(), node.getLength());
	}

	/** The uses and the declaration of the name at the offset, as regions of the text. */
	synchronized List<IRegion> occurrences(int offset) {
		List<? extends DocumentHighlight> highlights = language.get(IDocumentHighlightService.class).getDocumentHighlights(
				document, resource, new DocumentHighlightParams(id(), document.getPosition(offset)), CancelIndicator.NullImpl);
		List<IRegion> regions = new ArrayList<>();
		for (DocumentHighlight highlight : highlights) {
			ITextRegion region = document.getTextRegion(highlight.getRange());
			regions.add(new Region(region.getOffset(), region.getLength()));
		}
		return regions;
	}

	/** The regions that fold: blocks in braces and comments over more than one line. */
	synchronized List<IRegion> foldingRegions() {
		List<IRegion> regions = new ArrayList<>();
		for (FoldingRange range : language.get(IFoldingRangeProvider.class).getFoldingRanges(resource, CancelIndicator.NullImpl)) {
			regions.add(new Region(range.getOffset(), Math.min(range.getLength(), text.length() - range.getOffset())));
		}
		return regions;
	}
}
