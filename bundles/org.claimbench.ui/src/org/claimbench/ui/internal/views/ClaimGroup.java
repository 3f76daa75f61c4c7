package org.claimbench.ui.internal.views;

import java.util.List;

import org.claimbench.model.claims.Claim;

/** A top-level node of the Claims view: a heading over some of the document's claims. */
public sealed interface ClaimGroup permits KindGroup, ParagraphGroup {

	String label();

	List<Claim> claims();

	/** What makes two groups the same heading across edits (the kind, the paragraph). */
	Object key();
}
