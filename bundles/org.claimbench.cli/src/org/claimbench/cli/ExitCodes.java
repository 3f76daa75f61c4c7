package org.claimbench.cli;

/** What scripts and CI see: 0 clean, 1 the model has errors, 2 the command could not do its job. */
public interface ExitCodes {
	int OK = 0;
	int MODEL_ERRORS = 1;
	int USAGE_OR_IO = 2;
	/** diff and merge: the coders' versions differ, or disputes remain. */
	int VERSIONS_DIFFER = 1;
}
