package org.claimbench.core;

/** Codes of the problems the core services find before or beside the DSL's validators. */
public interface ProblemCodes {
	String PREFIX = "org.claimbench.core.";
	String MISSING_FILE = PREFIX + "missingFile";
	String UNREADABLE_FILE = PREFIX + "unreadableFile";
	String NOT_UTF8 = PREFIX + "notUtf8";
	String TOO_LARGE = PREFIX + "tooLarge";
	String UNKNOWN_EXTENSION = PREFIX + "unknownExtension";
	String MALFORMED_XMI = PREFIX + "malformedXmi";
	String FOREIGN_XMI = PREFIX + "foreignXmi";
	String NOT_SERIALIZABLE = PREFIX + "notSerializable";
}
