package org.claimbench.cli.server;

import java.io.Writer;

/** A command's stdout or stderr, sent to the client as frames whenever the command flushes. */
final class FrameWriter extends Writer {

	private static final int MAX_PENDING = 8192;

	private final Frames frames;
	private final byte stream;
	private final StringBuilder pending = new StringBuilder();

	FrameWriter(Frames frames, byte stream) {
		this.frames = frames;
		this.stream = stream;
	}

	@Override
	public synchronized void write(char[] chars, int offset, int length) {
		pending.append(chars, offset, length);
		if (pending.length() >= MAX_PENDING) {
			// Keep a high surrogate back: its pair is still to come and UTF-8 cannot encode half of it.
			int cut = Character.isHighSurrogate(pending.charAt(pending.length() - 1)) ? pending.length() - 1 : pending.length();
			frames.text(stream, pending.substring(0, cut));
			pending.delete(0, cut);
		}
	}

	@Override
	public synchronized void flush() {
		if (!pending.isEmpty()) {
			frames.text(stream, pending.toString());
			pending.setLength(0);
		}
	}

	@Override
	public void close() {
		flush();
	}
}
