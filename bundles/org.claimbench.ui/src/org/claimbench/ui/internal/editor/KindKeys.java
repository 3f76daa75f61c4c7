package org.claimbench.ui.internal.editor;

import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;

/**
 * The keys that make a claim of the n-th kind of the legend at once (Ctrl+Alt+1 to 9 unless the user bound them
 * otherwise): the legend and Quick Claim show them next to the kinds, read from the bindings in force.
 */
public final class KindKeys {

	public static final String COMMAND = "org.claimbench.ui.claimOfKindNumber";
	public static final String NUMBER = "org.claimbench.ui.claimOfKindNumber.number";
	/** Kinds past the ninth have no key of their own: Quick Claim reaches them. */
	public static final int KEYED_KINDS = 9;

	private KindKeys() {
	}

	/** The key bound to the kind at that place of the legend (0 for the first), or null when there is none. */
	public static String keyFor(int index) {
		if (index < 0 || index >= KEYED_KINDS || !PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(COMMAND);
		if (!command.isDefined()) {
			return null;
		}
		ParameterizedCommand numbered = ParameterizedCommand.generateCommand(command,
				Map.of(NUMBER, String.valueOf(index + 1)));
		if (numbered == null) {
			return null;
		}
		// Not the active bindings: the legend is drawn before its editor is active, when its keys are not yet in force.
		for (Binding binding : PlatformUI.getWorkbench().getService(IBindingService.class).getBindings()) {
			if (numbered.equals(binding.getParameterizedCommand())
					&& (binding.getPlatform() == null || binding.getPlatform().equals(SWT.getPlatform()))) {
				return binding.getTriggerSequence().format();
			}
		}
		return null;
	}
}
