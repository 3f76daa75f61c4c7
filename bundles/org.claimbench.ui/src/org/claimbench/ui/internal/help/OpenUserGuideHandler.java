package org.claimbench.ui.internal.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > ClaimBench User Guide: shows the guide, or brings it to the front. */
public final class OpenUserGuideHandler extends AbstractHandler {

	public static final String COMMAND = "org.claimbench.ui.userGuide";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			return HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(UserGuideView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("The user guide cannot be shown: " + e.getMessage(), e);
		}
	}
}
