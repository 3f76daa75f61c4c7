package org.claimbench.ui.sourceeditor.internal;

/** A range of the text that semantic highlighting gives a style id. */
record Highlight(int offset, int length, String style) {
}
