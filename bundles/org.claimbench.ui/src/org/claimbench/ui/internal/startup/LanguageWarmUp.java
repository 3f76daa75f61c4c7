package org.claimbench.ui.internal.startup;

import org.claimbench.core.ClaimBenchLanguages;

/**
 * Sets the two languages up (their injectors: parser, linker, validators) while the workbench builds its window. On a
 * start with an annotation document open, the editor otherwise did this on the UI thread before it could show
 * anything: about a sixth of the start-up in a profile. The set-up is made once per process and guarded, so an
 * editor that opens before it is done waits for it rather than making a second one.
 */
public final class LanguageWarmUp implements Runnable {

	@Override
	public void run() {
		ClaimBenchLanguages.injector();
	}
}
