package org.claimbench.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.dsl.source.StrictUtf8;

/**
 * Reads a file as UTF-8 text the way anchor offsets are defined: strictly decoded (a malformed
 * byte is an error, not a replacement character), a leading byte order mark removed, line
 * endings kept. The decoding is the languages' own ({@link StrictUtf8}), which source texts are read with too.
 */
public final class Utf8Text {

	private Utf8Text() {
	}

	public static String read(Path file) throws IOException {
		return decode(Files.readAllBytes(file));
	}

	public static String decode(byte[] bytes) throws NotUtf8Exception {
		try {
			return StrictUtf8.decode(bytes);
		} catch (StrictUtf8.MalformedException e) {
			throw new NotUtf8Exception(e.byteOffset, e.line);
		}
	}

	/** The text is not UTF-8; {@link #byteOffset()} is where decoding failed, on {@link #line()}. */
	public static final class NotUtf8Exception extends IOException {
		private static final long serialVersionUID = 1L;
		private final int byteOffset;
		private final int line;

		NotUtf8Exception(int byteOffset, int line) {
			super("not valid UTF-8 (byte " + byteOffset + ", line " + line + "); save it as UTF-8 text");
			this.byteOffset = byteOffset;
			this.line = line;
		}

		public int byteOffset() {
			return byteOffset;
		}

		public int line() {
			return line;
		}
	}
}
