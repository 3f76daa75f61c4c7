package org.claimbench.ui.sourceeditor.internal;

import java.util.List;

/** What the background analysis found in one version of the editor's text (identified by the document's modification stamp). */
record SourceAnalysis(long stamp, List<Highlight> highlights, List<OutlineItem> outline) {
}
