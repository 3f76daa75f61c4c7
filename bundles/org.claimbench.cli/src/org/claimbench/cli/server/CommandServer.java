package org.claimbench.cli.server;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.claimbench.cli.client.PrivateDirectory;
import org.claimbench.cli.client.Wire;

/**
 * The per-user command-line server: a JVM that keeps ClaimBench's languages set up and its classes
 * loaded, and runs the short commands that clients hand it over a Unix domain socket, one at a time.
 * It serves only clients of its own install (the identity the start script computes from the JDK and
 * the bundles) and exits after an idle time or on {@code claimbench server stop}.
 * <p>
 * Arguments: {@code SOCKET IDENTITY IDLE [WARM-UP-FOLDER]}, e.g. {@code ... cli-123.sock 123 3h}.
 */
public final class CommandServer {

	private final Path socket;
	private final String identity;
	private final Duration idle;
	private final long started = System.nanoTime();
	private final ReentrantLock running = new ReentrantLock(true);
	private final AtomicInteger active = new AtomicInteger();
	private final AtomicInteger served = new AtomicInteger();
	private volatile long lastActivity = System.nanoTime();
	private volatile ServerSocketChannel listener;

	CommandServer(Path socket, String identity, Duration idle) {
		this.socket = socket.toAbsolutePath();
		this.identity = identity;
		this.idle = idle;
	}

	public static void main(String[] args) {
		if (args.length < 3) {
			System.err.println("usage: CommandServer SOCKET IDENTITY IDLE [WARM-UP-FOLDER]");
			System.exit(2);
		}
		try {
			CommandServer server = new CommandServer(Path.of(args[0]), args[1], IdleTime.parse(args[2]));
			server.serve(args.length > 3 ? Path.of(args[3]) : null);
			System.exit(0);
		} catch (IOException | IllegalArgumentException e) {
			System.err.println("claimbench server: " + e.getMessage());
			System.exit(2);
		}
	}

	/** Listens until stopped or idle; returns at once when another server of this install already runs. */
	void serve(Path warmUp) throws IOException {
		PrivateDirectory.prepare(socket.getParent());
		Path lockFile = socket.resolveSibling(socket.getFileName().toString().replaceFirst("\\.sock$", "") + ".lock");
		try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = lockChannel.tryLock()) {
			if (lock == null) {
				System.err.println("claimbench server: another server already serves " + socket);
				return;
			}
			if (warmUp != null) {
				ServedCommand.warmUp(warmUp, 40, Duration.ofMinutes(1));
			}
			// Holding the lock proves that no other server lives, so a socket file here is a dead one's.
			Files.deleteIfExists(socket);
			try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
				channel.bind(UnixDomainSocketAddress.of(socket));
				listener = channel;
				lastActivity = System.nanoTime();
				Thread cleanup = new Thread(this::deleteSocket, "claimbench-server-cleanup");
				Runtime.getRuntime().addShutdownHook(cleanup);
				startIdleWatch();
				acceptUntilStopped(channel);
				// A command still running finishes before the process ends.
				running.lock();
				deleteSocket();
				// Past this point a new server may own the socket path: this process must not delete it on exit.
				Runtime.getRuntime().removeShutdownHook(cleanup);
			}
		}
	}

	private void acceptUntilStopped(ServerSocketChannel channel) throws IOException {
		while (true) {
			SocketChannel connection;
			try {
				connection = channel.accept();
			} catch (ClosedChannelException e) {
				return;
			}
			Thread thread = new Thread(() -> handle(connection), "claimbench-server-connection");
			thread.setDaemon(true);
			thread.start();
		}
	}

	private void handle(SocketChannel connection) {
		try (connection) {
			// Unbuffered on purpose: a Ctrl+C from the client must stay in the channel for the watcher to see.
			DataInputStream in = new DataInputStream(Channels.newInputStream(connection));
			Frames frames = new Frames(connection);
			if (in.readInt() != Wire.MAGIC) {
				return;
			}
			int version = in.readInt();
			String clientIdentity = Wire.readString(in);
			byte kind = in.readByte();
			if (version != Wire.VERSION) {
				frames.refuse("the server speaks protocol " + Wire.VERSION + ", the client " + version);
			} else if (!identity.equals(clientIdentity)) {
				frames.refuse("the server belongs to another ClaimBench installation or JDK");
			} else if (kind == Wire.RUN) {
				run(RunRequest.read(in), connection, frames);
			} else if (kind == Wire.STATUS) {
				frames.info(status());
			} else if (kind == Wire.STOP) {
				frames.info("stopped the ClaimBench command-line server (pid " + ProcessHandle.current().pid() + ")");
				stop();
			}
		} catch (IOException e) {
			// The client went away or sent garbage; neither concerns the next client.
		}
	}

	private void run(RunRequest request, SocketChannel connection, Frames frames) {
		if (!request.isServed() || !Path.of(request.workingDirectory()).isAbsolute()) {
			frames.refuse("not a command this server runs");
			return;
		}
		AtomicBoolean finished = new AtomicBoolean();
		Thread worker = Thread.currentThread();
		Thread watcher = new Thread(() -> watchForCancel(connection, frames, finished, worker), "claimbench-server-cancel");
		watcher.setDaemon(true);
		watcher.start();
		active.incrementAndGet();
		try {
			running.lockInterruptibly();
		} catch (InterruptedException e) {
			active.decrementAndGet();
			return;
		}
		int exitCode;
		try {
			exitCode = ServedCommand.execute(request, frames);
		} finally {
			finished.set(true);
			running.unlock();
			served.incrementAndGet();
			lastActivity = System.nanoTime();
			active.decrementAndGet();
			Thread.interrupted();
		}
		frames.exit(exitCode);
	}

	/** Any byte or the end of the stream means the user pressed Ctrl+C or the client died: stop working for it. */
	private static void watchForCancel(SocketChannel connection, Frames frames, AtomicBoolean finished, Thread worker) {
		try {
			connection.read(ByteBuffer.allocate(1));
		} catch (IOException e) {
			// Closed: by this server after the exit code, or by the client.
		}
		if (!finished.get()) {
			frames.abandon();
			worker.interrupt();
		}
	}

	private void startIdleWatch() {
		long checkMillis = Math.max(100, Math.min(60_000, idle.toMillis() / 4));
		Thread watch = new Thread(() -> {
			while (listener.isOpen()) {
				try {
					Thread.sleep(checkMillis);
				} catch (InterruptedException e) {
					return;
				}
				if (active.get() == 0 && System.nanoTime() - lastActivity >= idle.toNanos()) {
					stop();
				}
			}
		}, "claimbench-server-idle");
		watch.setDaemon(true);
		watch.start();
	}

	private String status() {
		long upMinutes = Duration.ofNanos(System.nanoTime() - started).toMinutes();
		return "a ClaimBench command-line server runs: pid " + ProcessHandle.current().pid() + ", up " + upMinutes
				+ " min, " + served.get() + (served.get() == 1 ? " command" : " commands") + " served, stops after "
				+ IdleTime.format(idle) + " idle; socket " + socket;
	}

	void stop() {
		try {
			listener.close();
		} catch (IOException e) {
			// Closing is all that is asked; the accept loop ends either way.
		}
	}

	private void deleteSocket() {
		try {
			Files.deleteIfExists(socket);
		} catch (IOException e) {
			// A socket file left behind is removed by the next server, which takes the lock first.
		}
	}
}
