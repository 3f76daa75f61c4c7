package org.claimbench.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves the workbench window as a PNG for the user documentation, only when the run names a folder for it
 * with -Dclaimbench.screenshots=... (through test.vmargs); ordinary test runs write nothing.
 */
final class Screenshot {

	private Screenshot() {
	}

	/** Gives the window the whole screen for a picture; popups opened after this stay open when it is taken. */
	static void maximize(Shell shell) {
		if (System.getProperty("claimbench.screenshots") != null) {
			shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
			Workbench.flush();
		}
	}

	static void saveIfAsked(Shell shell, String name) throws Exception {
		String folder = System.getProperty("claimbench.screenshots");
		if (folder == null) {
			return;
		}
		Display display = shell.getDisplay();
		if (!shell.getBounds().equals(display.getPrimaryMonitor().getClientArea())) {
			maximize(shell);
		}
		// GTK paints on its frame clock, after the events the test dispatched: give it a few frames, or the
		// picture shows the step before.
		for (int frame = 0; frame < 10; frame++) {
			Workbench.flush();
			Thread.sleep(50);
		}
		Workbench.flush();
		// The shell's bounds reach past its client area at the bottom; the menu bar lies above the client area.
		Rectangle client = display.map(shell, null, shell.getClientArea());
		Rectangle outer = shell.getBounds();
		Rectangle bounds = new Rectangle(outer.x, outer.y, outer.width, client.y + client.height - outer.y);
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(Path.of(folder));
			loader.save(Path.of(folder, name + ".png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
