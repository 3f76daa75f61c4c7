package org.claimbench.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;
import java.util.zip.CRC32;

import org.claimbench.core.io.AtomicFiles;

/**
 * Saves one file over and over through {@link AtomicFiles}, each version a different size, until it
 * is killed; prints "saved N" after each save. A crash test kills it at random moments and then
 * checks with {@link #check} that the file is one complete version. Uses nothing but AtomicFiles and
 * the JDK, so it runs on a class path of just those classes.
 */
public final class SaveLoop {

	private SaveLoop() {
	}

	public static void main(String[] args) throws IOException {
		Path target = Paths.get(args[0]);
		for (long generation = Long.parseLong(args[1]);; generation++) {
			save(target, generation);
			System.out.println("saved " + generation);
			System.out.flush();
		}
	}

	/** Writes version N: a header, up to 512 KiB of body in small chunks, and a trailer with the body's checksum. */
	public static void save(Path target, long generation) throws IOException {
		Random random = new Random(generation);
		byte[] body = new byte[random.nextInt(512 * 1024)];
		for (int i = 0; i < body.length; i++) {
			body[i] = (byte) ('a' + random.nextInt(26));
		}
		CRC32 crc = new CRC32();
		crc.update(body);
		byte[] header = ("generation " + generation + " length " + body.length + "\n").getBytes(StandardCharsets.US_ASCII);
		byte[] trailer = ("\nend " + generation + " crc " + crc.getValue() + "\n").getBytes(StandardCharsets.US_ASCII);
		AtomicFiles.write(target, out -> {
			out.write(header);
			for (int at = 0; at < body.length; at += 4096) {
				out.write(body, at, Math.min(4096, body.length - at));
			}
			out.write(trailer);
		});
	}

	/** The generation of a complete version, or a description of what is wrong with the file. */
	public static String check(byte[] content) {
		String text = new String(content, StandardCharsets.US_ASCII);
		int headerEnd = text.indexOf('\n');
		if (!text.startsWith("generation ") || headerEnd < 0) {
			return "broken: no header (" + content.length + " bytes)";
		}
		String[] header = text.substring(0, headerEnd).split(" ");
		long generation = Long.parseLong(header[1]);
		int length = Integer.parseInt(header[3]);
		int bodyEnd = headerEnd + 1 + length;
		if (bodyEnd > content.length) {
			return "broken: generation " + generation + " cut short at " + content.length + " bytes";
		}
		CRC32 crc = new CRC32();
		crc.update(content, headerEnd + 1, length);
		String expected = "\nend " + generation + " crc " + crc.getValue() + "\n";
		if (!text.substring(bodyEnd).equals(expected)) {
			return "broken: generation " + generation + " has a wrong trailer or checksum";
		}
		return "generation " + generation;
	}
}
