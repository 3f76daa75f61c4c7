package org.claimbench.ui.internal.views;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;

/** The Claims view's menu items that choose how claims are grouped, one radio item per grouping. */
final class GroupingMenu {

	/** Menu item ids: this prefix and the grouping's name. */
	static final String ID_PREFIX = "org.claimbench.ui.claimsView.groupBy.";

	private GroupingMenu() {
	}

	static void fill(IMenuManager menu, ClaimGrouping current, Consumer<ClaimGrouping> choose) {
		for (ClaimGrouping grouping : ClaimGrouping.values()) {
			Action item = new Action(grouping.menuText(), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					// A radio group also runs the item being unchecked.
					if (isChecked()) {
						choose.accept(grouping);
					}
				}
			};
			item.setId(ID_PREFIX + grouping.name());
			item.setChecked(grouping == current);
			menu.add(item);
		}
	}
}
