package org.claimbench.dsl.formatting;

import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.ChangeSet;
import org.claimbench.model.claims.EnumExtension;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.Kind;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.RelationKindExtension;
import org.claimbench.model.claims.Schema;
import org.claimbench.model.claims.SchemaChange;
import org.claimbench.model.claims.SchemaElement;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;

/** Canonical layout of schemas: one element per paragraph, one attribute per line, enum members on one line. */
public class ClaimSchemaFormatter extends AbstractFormatter2 {

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			_format(resource, document);
			BlockFormatting.oneSpaceBetweenTokens(getRequest().getTextRegionAccess(), document);
		} else if (object instanceof Schema schema) {
			BlockFormatting.headerLines(schema, textRegionExtensions, document, "import");
			for (SchemaElement element : schema.getElements()) {
				document.format(element);
			}
			schema.getChanges().forEach(document::format);
			document.append(schema, f -> f.newLine());
		} else if (object instanceof Kind kind) {
			BlockFormatting.separateTopLevel(kind, document);
			BlockFormatting.commas(kind, textRegionExtensions, document);
			BlockFormatting.braces(kind, textRegionExtensions, document, kind.getAttributes());
			kind.getAttributes().forEach(document::format);
		} else if (object instanceof EnumType enumType) {
			BlockFormatting.separateTopLevel(enumType, document);
			ISemanticRegion open = textRegionExtensions.regionFor(enumType).keyword("{");
			ISemanticRegion close = textRegionExtensions.regionFor(enumType).keyword("}");
			if (open != null && close != null) {
				document.surround(open, f -> f.oneSpace());
				document.prepend(close, f -> f.oneSpace());
			}
		} else if (object instanceof EnumExtension extension) {
			BlockFormatting.separateTopLevel(extension, document);
			ISemanticRegion open = textRegionExtensions.regionFor(extension).keyword("{");
			ISemanticRegion close = textRegionExtensions.regionFor(extension).keyword("}");
			if (open != null && close != null) {
				document.surround(open, f -> f.oneSpace());
				document.prepend(close, f -> f.oneSpace());
			}
		} else if (object instanceof RelationKindExtension extension) {
			BlockFormatting.separateTopLevel(extension, document);
			BlockFormatting.commas(extension, textRegionExtensions, document);
		} else if (object instanceof RelationKind relationKind) {
			BlockFormatting.separateTopLevel(relationKind, document);
			BlockFormatting.commas(relationKind, textRegionExtensions, document);
			BlockFormatting.braces(relationKind, textRegionExtensions, document, relationKind.getAttributes());
			relationKind.getAttributes().forEach(document::format);
		} else if (object instanceof ChangeSet changes) {
			// One change per line, like the attributes of a kind.
			BlockFormatting.separateTopLevel(changes, document);
			BlockFormatting.braces(changes, textRegionExtensions, document, changes.getChanges());
			for (SchemaChange change : changes.getChanges()) {
				BlockFormatting.commas(change, textRegionExtensions, document);
			}
		} else if (object instanceof AttributeDef attribute) {
			ISemanticRegion colon = textRegionExtensions.regionFor(attribute).keyword(":");
			if (colon != null) {
				document.prepend(colon, f -> f.noSpace());
				document.append(colon, f -> f.oneSpace());
			}
			ISemanticRegion many = textRegionExtensions.regionFor(attribute).keyword("*");
			if (many != null) {
				document.prepend(many, f -> f.noSpace());
			}
		}
	}
}
