package org.claimbench.ui.sourceeditor.internal;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.validation.IssueCodes;
import org.claimbench.workspace.internal.validation.ProblemMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Offers the re-anchor fix on markers of quotes that now occur at another offset of the source text, on quotes
 * written without an offset whose words occur once (the fix writes {@code at N} after the quote), and, for a quote
 * without an offset whose words occur in several places, one fix per place.
 */
public final class ReanchorResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !places(marker).isEmpty() && marker.getAttribute(IMarker.CHAR_START, -1) >= 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return hasResolutions(marker) ? places(marker).stream().map(ReanchorResolution::new).toArray(IMarkerResolution[]::new)
				: new IMarkerResolution[0];
	}

	/**
	 * The offsets a fix can write: where a moved quote or one written without an offset now is, or, for a quote
	 * without an offset that occurs in several places, each of the first places the marker names (the user picks).
	 */
	private static List<Integer> places(IMarker marker) {
		String code = marker.getAttribute(ProblemMarkers.CODE, null);
		List<Integer> places = new ArrayList<>();
		if (IssueCodes.QUOTE_MOVED.equals(code) || IssueCodes.OFFSET_MISSING.equals(code)) {
			addOffset(places, marker.getAttribute(ProblemMarkers.DATA, ""));
		} else if (IssueCodes.OFFSET_AMBIGUOUS.equals(code)) {
			addOffset(places, marker.getAttribute(ProblemMarkers.DATA, ""));
			addOffset(places, marker.getAttribute(ProblemMarkers.SECOND_DATA, ""));
		}
		return places;
	}

	private static void addOffset(List<Integer> places, String data) {
		try {
			int offset = Integer.parseInt(data);
			if (offset >= 0) {
				places.add(offset);
			}
		} catch (NumberFormatException e) {
			// not an offset: nothing to offer
		}
	}
}
