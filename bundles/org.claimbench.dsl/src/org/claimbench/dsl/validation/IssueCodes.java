package org.claimbench.dsl.validation;

/** Issue codes of both ClaimBench languages; editors and the command line key quick fixes and filters on them. */
public interface IssueCodes {

	String PREFIX = "claimbench.";

	String UNRESOLVED_REFERENCE = PREFIX + "unresolvedReference";
	String DUPLICATE_NAME = PREFIX + "duplicateName";
	String DUPLICATE_ATTRIBUTE = PREFIX + "duplicateAttribute";

	String KIND_NOT_IN_SCHEMA = PREFIX + "kindNotInSchema";
	String ABSTRACT_KIND = PREFIX + "abstractKind";
	/** Issue data: the name of the missing attribute. */
	String MISSING_REQUIRED_ATTRIBUTE = PREFIX + "missingRequiredAttribute";
	String WRONG_VALUE_TYPE = PREFIX + "wrongValueType";
	String INVALID_DATE = PREFIX + "invalidDate";
	String TOO_MANY_VALUES = PREFIX + "tooManyValues";
	String RELATION_NOT_ALLOWED = PREFIX + "relationNotAllowed";
	String CLAIM_WITHOUT_HOLDER = PREFIX + "claimWithoutHolder";
	String GROUP_CYCLE = PREFIX + "groupCycle";

	String INHERITANCE_CYCLE = PREFIX + "inheritanceCycle";
	String IMPORT_CYCLE = PREFIX + "importCycle";
	String CONFLICTING_REDEFINITION = PREFIX + "conflictingRedefinition";
	String WRONG_DEFAULT_VALUE = PREFIX + "wrongDefaultValue";
	String MISSING_CATEGORY = PREFIX + "missingCategory";

	String SOURCE_NOT_DECLARED = PREFIX + "sourceNotDeclared";
	String SOURCE_OUTSIDE_FOLDER = PREFIX + "sourceOutsideFolder";
	String SOURCE_NOT_FOUND = PREFIX + "sourceNotFound";
	String SOURCE_UNREADABLE = PREFIX + "sourceUnreadable";
	String SOURCE_NOT_UTF8 = PREFIX + "sourceNotUtf8";

	String EMPTY_QUOTE = PREFIX + "emptyQuote";
	String ANCHOR_OUT_OF_RANGE = PREFIX + "anchorOutOfRange";
	/** Issue data: the offset where the quote occurs, nearest to the old one (a quick fix re-anchors there). */
	String QUOTE_MOVED = PREFIX + "quoteMoved";
	String QUOTE_NOT_FOUND = PREFIX + "quoteNotFound";
	String CONTEXT_MISMATCH = PREFIX + "contextMismatch";
	/**
	 * The quote matches the text only when curly quotes, no-break spaces, invisible characters or ligatures
	 * are read as typed. Issue data: the text's exact words, then their offset (a quick fix writes both).
	 * ({@link #CONTEXT_MISMATCH}, an error: issue data the context the text now has, which confirms the anchor
	 * when written as its prefix or suffix, then the offset where the quote occurs with its recorded context,
	 * when it does.)
	 */
	String QUOTE_NEAR_MISS = PREFIX + "quoteNearMiss";

	String DUPLICATE_SCHEMA = PREFIX + "duplicateSchema";
	String AMBIGUOUS_SCHEMA = PREFIX + "ambiguousSchema";
	String REDECLARED_NAME = PREFIX + "redeclaredName";
	String WEAKENED_REDEFINITION = PREFIX + "weakenedRedefinition";
	String DUPLICATE_DOCUMENT = PREFIX + "duplicateDocument";
	String DUPLICATE_REGISTER_ACTOR = PREFIX + "duplicateRegisterActor";
	String NOT_IN_REGISTER = PREFIX + "notInRegister";

	String GROUP_WITHOUT_MEMBERS = PREFIX + "groupWithoutMembers";
	String SECOND_PARENT = PREFIX + "secondParent";
	String RELATION_TO_ITSELF = PREFIX + "relationToItself";
	String DUPLICATE_RELATION = PREFIX + "duplicateRelation";
	String DUPLICATE_ANCHOR = PREFIX + "duplicateAnchor";
	String GROUP_OF_NON_GROUP_KIND = PREFIX + "groupOfNonGroupKind";
	String HOLDER_CANNOT_HOLD = PREFIX + "holderCannotHold";
	/** A warning: the anchor has no offset and its quote occurs once. Issue data: that offset. */
	String OFFSET_MISSING = PREFIX + "offsetMissing";
	/**
	 * An error: the anchor has no offset and its quote occurs in several places. Issue data: the first few of
	 * them (a quick fix per place writes its offset and the context that tells it apart).
	 */
	String OFFSET_AMBIGUOUS = PREFIX + "offsetAmbiguous";
	/**
	 * A warning: the anchor reads right, but begins or ends inside a word of the text ("its" in "limits"), which a
	 * mistyped offset does. Issue data: the whole word.
	 */
	String ANCHOR_INSIDE_WORD = PREFIX + "anchorInsideWord";

	/** An error: a declared schema change does not fit the schema as it is now (a new name missing, an old one still declared). */
	String CHANGE_NOT_APPLICABLE = PREFIX + "changeNotApplicable";
	/** A warning: the document was coded against an earlier version of its schema; 'claimbench migrate' brings it up to date. */
	String SCHEMA_VERSION_BEHIND = PREFIX + "schemaVersionBehind";
	/** An error: the document names a version of its schema that the schema has not reached. */
	String SCHEMA_VERSION_AHEAD = PREFIX + "schemaVersionAhead";
	/** An error: an 'extend enum' or 'extend relation kind' that cannot be (an ordered enum, or one of the same schema). */
	String EXTENSION_NOT_ALLOWED = PREFIX + "extensionNotAllowed";
	/** An error: a conditional claim whose condition is the claim itself. */
	String CONDITION_ON_ITSELF = PREFIX + "conditionOnItself";
	/** A warning: provenance ('from coder', 'edited') in a coder's own version, which is no gold document. */
	String PROVENANCE_IN_VERSION = PREFIX + "provenanceInVersion";
	/** A warning: 'from coder' names a coder whom no version of the statement beside the document has. */
	String UNKNOWN_CODER = PREFIX + "unknownCoder";
}
