package org.claimbench.dsl.formatting;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;

/** The canonical layout of a parsed text, from its own language's formatter, as an editor's Format command gives it. */
public final class CanonicalFormat {

	private CanonicalFormat() {
	}

	public static String of(XtextResource resource) {
		IResourceServiceProvider services = resource.getResourceServiceProvider();
		ITextRegionAccess regions = services.get(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = services.get(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		List<ITextReplacement> replacements = services.get(IFormatter2.class).format(request);
		return regions.getRewriter().renderToString(replacements);
	}
}
