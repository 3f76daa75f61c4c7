package org.claimbench.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The main menu and tool bar; commands contributed by other bundles join the named groups. */
final class ClaimBenchActionBarAdvisor extends ActionBarAdvisor {

	ClaimBenchActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		ActionFactory[] factories = { ActionFactory.NEW_WIZARD_DROP_DOWN, ActionFactory.NEW, ActionFactory.IMPORT,
				ActionFactory.EXPORT, ActionFactory.SAVE, ActionFactory.SAVE_ALL, ActionFactory.CLOSE,
				ActionFactory.CLOSE_ALL, ActionFactory.REFRESH, ActionFactory.QUIT, ActionFactory.UNDO,
				ActionFactory.REDO, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE,
				ActionFactory.DELETE, ActionFactory.SELECT_ALL, ActionFactory.FIND, ActionFactory.PREFERENCES,
				ActionFactory.RESET_PERSPECTIVE };
		for (ActionFactory factory : factories) {
			register(factory.create(window));
		}
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		file.add(newMenu);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator());
		file.add(action(ActionFactory.CLOSE));
		file.add(action(ActionFactory.CLOSE_ALL));
		file.add(new Separator());
		file.add(action(ActionFactory.SAVE));
		file.add(action(ActionFactory.SAVE_ALL));
		file.add(action(ActionFactory.REFRESH));
		file.add(new Separator());
		file.add(action(ActionFactory.IMPORT));
		file.add(action(ActionFactory.EXPORT));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(action(ActionFactory.QUIT));

		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(action(ActionFactory.UNDO));
		edit.add(action(ActionFactory.REDO));
		edit.add(new Separator());
		edit.add(action(ActionFactory.CUT));
		edit.add(action(ActionFactory.COPY));
		edit.add(action(ActionFactory.PASTE));
		edit.add(action(ActionFactory.DELETE));
		edit.add(action(ActionFactory.SELECT_ALL));
		edit.add(new Separator());
		edit.add(action(ActionFactory.FIND));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager annotate = new MenuManager("&Annotate", "annotate");
		annotate.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View", "showView");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(showView);
		windowMenu.add(action(ActionFactory.RESET_PERSPECTIVE));
		windowMenu.add(new Separator());
		windowMenu.add(action(ActionFactory.PREFERENCES));
		windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(annotate);
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager main = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		main.add(action(ActionFactory.NEW_WIZARD_DROP_DOWN));
		main.add(action(ActionFactory.SAVE));
		main.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		coolBar.add(new ToolBarContributionItem(main, IWorkbenchActionConstants.TOOLBAR_FILE));
		coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private org.eclipse.jface.action.IAction action(ActionFactory factory) {
		return getAction(factory.getId());
	}
}
