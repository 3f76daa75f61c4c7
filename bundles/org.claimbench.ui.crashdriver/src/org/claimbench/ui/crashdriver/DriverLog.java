package org.claimbench.ui.crashdriver;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file of lines that are on disk once {@link #line} returns: the test kills this process with SIGKILL at any
 * moment and must find every line written before the kill, so each line is forced to the disk, not just handed to
 * the operating system.
 */
final class DriverLog implements AutoCloseable {

	private final FileChannel channel;

	DriverLog(Path file) throws IOException {
		channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
	}

	/** Writes the fields separated by tabs, as one line. */
	void line(Object... fields) throws IOException {
		StringBuilder text = new StringBuilder();
		for (Object field : fields) {
			if (!text.isEmpty()) {
				text.append('\t');
			}
			text.append(String.valueOf(field).replace('\t', ' ').replace('\n', ' '));
		}
		ByteBuffer bytes = ByteBuffer.wrap(text.append('\n').toString().getBytes(StandardCharsets.UTF_8));
		while (bytes.hasRemaining()) {
			channel.write(bytes);
		}
		channel.force(false);
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
