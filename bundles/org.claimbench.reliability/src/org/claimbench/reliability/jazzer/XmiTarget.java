package org.claimbench.reliability.jazzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.reliability.Fuzz;
import org.claimbench.reliability.XmiFuzz;

/**
 * Jazzer target for {@code claimbench import}: each input is an XMI file, checked with the properties of the
 * blind XMI fuzzer ({@link XmiFuzz#brokenProperties}): a refused file gets a diagnostic naming it, a DOCTYPE
 * is always refused, an imported file is DSL that parses.
 */
public final class XmiTarget {

	private static XmiFuzz importer;

	private XmiTarget() {
	}

	public static void fuzzerInitialize() {
		initialize(JazzerFolders.sample(), JazzerFolders.work("xmi"));
	}

	public static void initialize(Path sample, Path work) {
		try {
			importer = new XmiFuzz(sample.resolve(Fuzz.SAMPLE_DOCUMENT), work);
			test(importer.sampleXmi());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void fuzzerTestOneInput(byte[] input) {
		SecondLimit.check(input, XmiTarget::test);
	}

	/** The properties without the time limit, for replaying findings in tests. */
	public static void test(byte[] input) {
		List<String> broken;
		try {
			broken = importer.brokenProperties(input);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the input", e);
		}
		if (!broken.isEmpty()) {
			throw new BrokenProperty(String.join("; ", broken));
		}
	}
}
