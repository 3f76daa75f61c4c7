package org.claimbench.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file as UTF-8 text the way anchor offsets are defined: strictly decoded (a malformed
 * byte is an error, not a replacement character), a leading byte order mark removed, line
 * endings kept.
 */
public final class Utf8Text {

	private Utf8Text() {
	}

	public static String read(Path file) throws IOException {
		return decode(Files.readAllBytes(file));
	}

	public static String decode(byte[] bytes) throws NotUtf8Exception {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes))
					.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			throw new NotUtf8Exception(firstMalformedByte(bytes));
		}
	}

	private static int firstMalformedByte(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		decoder.decode(in, out, true);
		return in.position();
	}

	/** The text is not UTF-8; {@link #byteOffset()} is where decoding failed. */
	public static final class NotUtf8Exception extends IOException {
		private static final long serialVersionUID = 1L;
		private final int byteOffset;

		NotUtf8Exception(int byteOffset) {
			super("not valid UTF-8 (first bad byte at offset " + byteOffset + ")");
			this.byteOffset = byteOffset;
		}

		public int byteOffset() {
			return byteOffset;
		}
	}
}
