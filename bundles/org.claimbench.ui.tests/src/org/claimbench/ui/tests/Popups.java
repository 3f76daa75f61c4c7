package org.claimbench.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** What a proposal popup (Ctrl+Space, Ctrl+1) above the workbench window lists. */
final class Popups {

	private Popups() {
	}

	/** The entries of the open popup's list, or none when no popup is open. */
	static List<String> entries(Shell window) {
		Workbench.flush();
		for (Shell shell : window.getDisplay().getShells()) {
			if (shell != window && shell.isVisible()) {
				List<Table> tables = new ArrayList<>();
				collectTables(shell, tables);
				if (!tables.isEmpty()) {
					return Arrays.stream(tables.get(0).getItems()).map(TableItem::getText).toList();
				}
			}
		}
		return List.of();
	}

	private static void collectTables(Control control, List<Table> tables) {
		if (control instanceof Table table) {
			tables.add(table);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTables(child, tables);
			}
		}
	}
}
