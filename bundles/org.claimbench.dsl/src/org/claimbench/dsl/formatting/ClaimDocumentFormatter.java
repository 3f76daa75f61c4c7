package org.claimbench.dsl.formatting;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Canonical layout of annotation documents: each header clause on a line of its own,
 * a blank line between actors, claims and relations, one attribute or anchor per line in braces.
 * The annotation editor writes documents through this, so diffs stay small and stable.
 */
public class ClaimDocumentFormatter extends AbstractFormatter2 {

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
			BlockFormatting.oneSpaceBetweenTokens(getRequest().getTextRegionAccess(), document);
		} else if (object instanceof Document root) {
			formatDocument(root, document);
		} else if (object instanceof DocumentElement element) {
			formatElement(element, document);
		} else if (object instanceof Relation relation) {
			BlockFormatting.separateTopLevel(relation, document);
			List<EObject> entries = new ArrayList<>(relation.getAttributes());
			entries.addAll(relation.getAnchors());
			BlockFormatting.braces(relation, textRegionExtensions, document, entries);
			textRegionExtensions.regionFor(relation).keywords("note").forEach(region -> document.prepend(region, f -> f.newLine()));
			relation.getAttributes().forEach(attribute -> BlockFormatting.commas(attribute, textRegionExtensions, document));
		} else if (object instanceof ActorMentions mentions) {
			BlockFormatting.separateTopLevel(mentions, document);
			BlockFormatting.braces(mentions, textRegionExtensions, document, mentions.getAnchors());
		}
	}

	private void formatDocument(Document root, IFormattableDocument document) {
		BlockFormatting.headerLines(root, textRegionExtensions, document, "title", "date", "place", "source", "coder", "status", "schema");
		for (EObject child : root.eContents()) {
			document.format(child);
		}
		document.append(root, f -> f.newLine());
	}

	private void formatElement(DocumentElement element, IFormattableDocument document) {
		BlockFormatting.separateTopLevel(element, document);
		BlockFormatting.commas(element, textRegionExtensions, document);
		List<EObject> entries = new ArrayList<>(element.getAttributes());
		entries.addAll(element.getAnchors());
		BlockFormatting.braces(element, textRegionExtensions, document, entries);
		for (String keyword : List.of("alias", "note")) {
			textRegionExtensions.regionFor(element).keywords(keyword)
					.forEach(region -> document.prepend(region, f -> f.newLine()));
		}
		for (EObject attribute : element.getAttributes()) {
			BlockFormatting.commas(attribute, textRegionExtensions, document);
		}
		if (element instanceof Actor || element instanceof Claim) {
			textRegionExtensions.regionFor(element).keywords(":").forEach(colon -> document.surround(colon, f -> f.oneSpace()));
		}
	}
}
