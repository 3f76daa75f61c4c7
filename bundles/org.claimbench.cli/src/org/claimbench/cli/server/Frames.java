package org.claimbench.cli.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

import org.claimbench.cli.client.Wire;

/**
 * The server's side of one connection: tagged frames to the client. A client that went away
 * (Ctrl+C, killed) makes every later frame a no-op, so the command ends without errors of its own.
 */
final class Frames {

	private final SocketChannel channel;
	private volatile boolean abandoned;

	Frames(SocketChannel channel) {
		this.channel = channel;
	}

	void text(byte stream, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		send(ByteBuffer.allocate(5 + bytes.length).put(stream).putInt(bytes.length).put(bytes));
	}

	void exit(int code) {
		send(ByteBuffer.allocate(5).put(Wire.EXIT).putInt(code));
	}

	void refuse(String reason) {
		text(Wire.REFUSED, reason);
	}

	void info(String text) {
		text(Wire.INFO, text);
	}

	/** Nobody listens any more: the client cancelled or died. */
	void abandon() {
		abandoned = true;
	}

	boolean abandoned() {
		return abandoned;
	}

	private synchronized void send(ByteBuffer frame) {
		if (abandoned) {
			return;
		}
		frame.flip();
		try {
			while (frame.hasRemaining()) {
				channel.write(frame);
			}
		} catch (IOException e) {
			abandoned = true;
		}
	}
}
