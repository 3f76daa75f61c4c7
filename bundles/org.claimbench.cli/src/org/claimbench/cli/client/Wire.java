package org.claimbench.cli.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The conversation between the command-line client and the server over a Unix domain socket.
 * The client opens with {@link #MAGIC}, {@link #VERSION}, the install identity and a request kind;
 * a run request adds the working directory, the terminal and the arguments. The server answers
 * with tagged frames: output for stdout or stderr, then the exit code, or a refusal.
 */
public final class Wire {

	public static final int MAGIC = 0x43424C53; // "CBLS"
	/** Raised whenever the conversation changes: client and server of different versions never talk. */
	public static final int VERSION = 1;

	public static final byte RUN = 1;
	public static final byte STATUS = 2;
	public static final byte STOP = 3;
	/** Sent by a client whose user pressed Ctrl+C, as closing the connection also is. */
	public static final byte CANCEL = 4;

	public static final byte STDOUT = 1;
	public static final byte STDERR = 2;
	public static final byte EXIT = 3;
	/** The server will not run this request (another install, another protocol, a command it does not serve). */
	public static final byte REFUSED = 4;
	public static final byte INFO = 5;

	/** No argument list, path or identity comes near this; a longer length means a garbled or foreign peer. */
	private static final int MAX_STRING_BYTES = 1 << 20;

	private Wire() {
	}

	public static void writeString(DataOutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	public static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > MAX_STRING_BYTES) {
			throw new IOException("garbled message: a text of " + length + " bytes");
		}
		return new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}
}
