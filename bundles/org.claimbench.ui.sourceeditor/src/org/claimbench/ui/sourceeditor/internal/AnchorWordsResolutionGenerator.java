package org.claimbench.ui.sourceeditor.internal;

import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.workspace.internal.validation.ProblemMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Offers to quote the text's exact words on a quote that matches only with other typography, and to confirm
 * an anchor whose recorded context no longer matches by recording the context the text now has.
 */
public final class AnchorWordsResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, null);
		return (IssueCodes.QUOTE_NEAR_MISS.equals(code) || IssueCodes.CONTEXT_MISMATCH.equals(code))
				&& marker.getAttribute(ProblemMarkers.DATA, null) != null && marker.getAttribute(IMarker.CHAR_START, -1) >= 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		String data = marker.getAttribute(ProblemMarkers.DATA, "");
		if (IssueCodes.QUOTE_NEAR_MISS.equals(marker.getAttribute(ProblemMarkers.CODE, null))) {
			String offset = marker.getAttribute(ProblemMarkers.SECOND_DATA, null);
			return new IMarkerResolution[] { new AnchorWordsResolution("Quote the text's exact words",
					data, offset != null && offset.matches("\\d+") ? offset : null) };
		}
		return new IMarkerResolution[] {
				new AnchorWordsResolution("Confirm the anchor here (record the context the text now has)", data, null) };
	}
}
