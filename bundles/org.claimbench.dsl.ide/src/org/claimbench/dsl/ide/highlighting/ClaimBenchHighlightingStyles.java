package org.claimbench.dsl.ide.highlighting;

/**
 * The style ids that semantic highlighting assigns. They are LSP semantic token type names, so the
 * language server reports them as they are; the workbench editor maps them to colours.
 */
public final class ClaimBenchHighlightingStyles {

	/** Actor kinds, claim kinds and relation kinds. */
	public static final String KIND = "class";
	public static final String ENUM = "enum";
	public static final String ENUM_MEMBER = "enumMember";
	public static final String ACTOR = "variable";
	public static final String CLAIM = "function";
	public static final String ATTRIBUTE = "property";
	public static final String SCHEMA = "namespace";

	private ClaimBenchHighlightingStyles() {
	}
}
