package org.claimbench.cli;

import java.io.PrintWriter;

import org.claimbench.cli.client.Terminal;

/**
 * Files done / total on stderr for a user watching a terminal; silent when the output goes to a
 * file or a CI log, where a stream of carriage returns would only be noise.
 */
public class Progress {

	private final boolean enabled;

	/** Progress shown (or not) regardless of the terminal; {@link #whenTerminal()} decides for users. */
	public Progress(boolean enabled) {
		this.enabled = enabled;
	}

	public static Progress whenTerminal() {
		return new Progress(Terminal.ofThisProcess().stderr());
	}

	public void report(PrintWriter err, String verb, int done, int total) {
		if (!enabled || total <= 1) {
			return;
		}
		err.print("\r" + verb + " " + done + "/" + total + " files");
		if (done == total) {
			err.print("\r\033[K");
		}
		err.flush();
	}
}
