package org.claimbench.dsl.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes bytes as UTF-8, refusing malformed input instead of replacing it, and drops a leading BOM. */
public final class StrictUtf8 {

	/** Thrown with the position of the first byte that is not valid UTF-8. */
	public static final class MalformedException extends Exception {
		private static final long serialVersionUID = 1L;
		public final int byteOffset;
		public final int line;

		MalformedException(int byteOffset, int line) {
			super("invalid UTF-8 at byte " + byteOffset);
			this.byteOffset = byteOffset;
			this.line = line;
		}
	}

	private StrictUtf8() {
	}

	public static String decode(byte[] bytes) throws MalformedException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			throw new MalformedException(in.position(), lineAt(bytes, in.position()));
		}
		out.flip();
		String text = out.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static int lineAt(byte[] bytes, int end) {
		int line = 1;
		for (int i = 0; i < end; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
