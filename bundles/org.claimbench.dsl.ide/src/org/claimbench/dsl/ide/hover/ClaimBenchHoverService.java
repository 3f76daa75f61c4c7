package org.claimbench.dsl.ide.hover;

import org.claimbench.model.claims.Anchor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Hover over any name, declaration or anchor: Xtext finds the element under the cursor (the target of a
 * reference, or the element declared there), {@link HoverText} says what it is. Schemas carry their
 * documentation as descriptions, not comments, so Xtext's comment-based default would show nothing.
 */
public class ClaimBenchHoverService extends HoverService {

	@Override
	public String getContents(EObject element) {
		return HoverText.of(element);
	}

	/**
	 * An anchor has no name to stand on: the hover counts anywhere on its keyword, quote, offset or context,
	 * where Xtext would only count the element's significant region.
	 */
	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		HoverContext context = super.createContext(document, resource, offset);
		if (context != null && context.getElement() instanceof Anchor anchor && !context.getRegion().contains(offset)) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(anchor);
			if (node != null) {
				return new HoverContext(document, resource, offset, node.getTextRegion(), anchor);
			}
		}
		return context;
	}

	@Override
	protected String getKind(HoverContext context) {
		return MarkupKind.MARKDOWN;
	}
}
