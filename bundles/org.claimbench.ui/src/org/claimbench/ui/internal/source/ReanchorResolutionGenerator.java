package org.claimbench.ui.internal.source;

import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.ui.internal.validation.ProblemMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Offers the re-anchor fix on markers of quotes that now occur at another offset of the source text, and on quotes
 * written without an offset whose words occur once (the fix writes {@code at N} after the quote).
 */
public final class ReanchorResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, null);
		return (IssueCodes.QUOTE_MOVED.equals(code) || IssueCodes.OFFSET_MISSING.equals(code))
				&& newOffset(marker) >= 0 && marker.getAttribute(IMarker.CHAR_START, -1) >= 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return hasResolutions(marker) ? new IMarkerResolution[] { new ReanchorResolution(newOffset(marker)) }
				: new IMarkerResolution[0];
	}

	private static int newOffset(IMarker marker) {
		try {
			return Integer.parseInt(marker.getAttribute(ProblemMarkers.DATA, ""));
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
