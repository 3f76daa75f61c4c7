package org.claimbench.cli.client;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code claimbench} command as the start script runs it for short commands: hands the command
 * to the user's warm server and plays back what it prints and its exit code. Loads nothing but the
 * JDK, so it starts about as fast as {@code java -version}.
 * <p>
 * Arguments: {@code SOCKET IDENTITY run ARGS...}, {@code SOCKET IDENTITY status} or {@code SOCKET
 * IDENTITY stop}. Exit code {@link #RUN_IN_PROCESS} tells the script that no server took the command
 * and nothing was done, so it runs the command itself.
 */
public final class CommandClient {

	/** EX_TEMPFAIL: the commands themselves only ever exit 0, 1 or 2. */
	public static final int RUN_IN_PROCESS = 75;

	private static final int USAGE_OR_IO = 2;

	private CommandClient() {
	}

	public static void main(String[] args) {
		if (args.length < 3) {
			System.err.println("usage: claimbench server status|stop");
			System.exit(USAGE_OR_IO);
		}
		Path socket = Path.of(args[0]);
		String identity = args[1];
		List<String> rest = Arrays.asList(args).subList(3, args.length);
		System.exit(switch (args[2]) {
			case "run" -> run(socket, identity, rest);
			case "status" -> status(socket, identity);
			case "stop" -> stop(socket, identity);
			default -> {
				System.err.println("claimbench server: unknown action '" + args[2] + "'; use: claimbench server status|stop");
				yield USAGE_OR_IO;
			}
		});
	}

	static int run(Path socket, String identity, List<String> arguments) {
		try {
			PrivateDirectory.check(socket.getParent());
		} catch (IOException e) {
			System.err.println("claimbench: not using the command-line server: " + e.getMessage());
			return RUN_IN_PROCESS;
		}
		SocketChannel channel = connect(socket);
		if (channel == null) {
			return RUN_IN_PROCESS;
		}
		Terminal terminal = Terminal.ofThisProcess();
		Thread cancel = new Cancel(channel);
		Runtime.getRuntime().addShutdownHook(cancel);
		boolean printed = false;
		try {
			DataOutputStream out = output(channel);
			open(out, identity, Wire.RUN);
			Wire.writeString(out, Path.of("").toAbsolutePath().toString());
			out.writeBoolean(terminal.stdout());
			out.writeBoolean(terminal.stderr());
			out.writeBoolean(terminal.colors());
			out.writeInt(arguments.size());
			for (String argument : arguments) {
				Wire.writeString(out, argument);
			}
			out.flush();
			DataInputStream in = input(channel);
			while (true) {
				byte tag = in.readByte();
				switch (tag) {
					case Wire.STDOUT -> {
						print(System.out, Wire.readString(in));
						printed = true;
					}
					case Wire.STDERR -> {
						print(System.err, Wire.readString(in));
						printed = true;
					}
					case Wire.EXIT -> {
						int code = in.readInt();
						Runtime.getRuntime().removeShutdownHook(cancel);
						return code;
					}
					case Wire.REFUSED -> {
						Wire.readString(in);
						return RUN_IN_PROCESS;
					}
					default -> throw new IOException("garbled answer from the server (tag " + tag + ")");
				}
			}
		} catch (IOException e) {
			Runtime.getRuntime().removeShutdownHook(cancel);
			if (!printed) {
				// Nothing reached the user and every served command writes its files only after printing,
				// so running it again in the script's own JVM does it exactly once.
				return RUN_IN_PROCESS;
			}
			System.out.flush();
			System.err.println();
			System.err.println("claimbench: the command-line server stopped in the middle of the command ("
					+ reason(e) + "); its output above is incomplete. Run the command again, or add --no-server.");
			return USAGE_OR_IO;
		}
	}

	static int status(Path socket, String identity) {
		return ask(socket, identity, Wire.STATUS, "no ClaimBench command-line server runs for this installation", 1);
	}

	static int stop(Path socket, String identity) {
		return ask(socket, identity, Wire.STOP, "no ClaimBench command-line server runs for this installation", 0);
	}

	private static int ask(Path socket, String identity, byte kind, String none, int noneExitCode) {
		SocketChannel channel = connect(socket);
		if (channel == null) {
			System.out.println(none);
			return noneExitCode;
		}
		try (channel) {
			DataOutputStream out = output(channel);
			open(out, identity, kind);
			out.flush();
			DataInputStream in = input(channel);
			byte tag = in.readByte();
			String text = Wire.readString(in);
			if (tag == Wire.REFUSED) {
				System.err.println("claimbench: the server at " + socket + " refused: " + text);
				return USAGE_OR_IO;
			}
			System.out.println(text);
			return 0;
		} catch (IOException e) {
			System.err.println("claimbench: no answer from the server at " + socket + ": " + reason(e));
			return USAGE_OR_IO;
		}
	}

	/** The server's channel, or null when none listens (no socket file, or one left by a dead server). */
	private static SocketChannel connect(Path socket) {
		try {
			SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
			try {
				channel.connect(UnixDomainSocketAddress.of(socket));
				return channel;
			} catch (IOException e) {
				channel.close();
				return null;
			}
		} catch (IOException e) {
			return null;
		}
	}

	private static void open(DataOutputStream out, String identity, byte kind) throws IOException {
		out.writeInt(Wire.MAGIC);
		out.writeInt(Wire.VERSION);
		Wire.writeString(out, identity);
		out.writeByte(kind);
	}

	/**
	 * Ctrl+C: the server stops the command (or drops its output) instead of working for nobody. A class
	 * rather than a lambda, which would cost the client's start-up a few milliseconds of code generation.
	 */
	private static final class Cancel extends Thread {

		private final SocketChannel channel;

		Cancel(SocketChannel channel) {
			super("claimbench-cancel");
			this.channel = channel;
		}

		@Override
		public void run() {
			try (channel) {
				channel.write(ByteBuffer.wrap(new byte[] { Wire.CANCEL }));
			} catch (IOException e) {
				// The server sees the connection close, which cancels too.
			}
		}
	}

	private static void print(PrintStream stream, String text) {
		stream.print(text);
		stream.flush();
	}

	private static DataOutputStream output(SocketChannel channel) {
		return new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
	}

	private static DataInputStream input(SocketChannel channel) {
		return new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
	}

	private static String reason(IOException e) {
		return e instanceof EOFException || e.getMessage() == null ? "connection closed" : e.getMessage();
	}
}
