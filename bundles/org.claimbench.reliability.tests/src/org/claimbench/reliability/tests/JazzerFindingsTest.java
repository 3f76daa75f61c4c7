package org.claimbench.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.claimbench.reliability.jazzer.AnchorTarget;
import org.claimbench.reliability.jazzer.DocumentTarget;
import org.claimbench.reliability.jazzer.SchemaTarget;
import org.claimbench.reliability.jazzer.XmiTarget;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs that broke a property in a coverage-guided run ({@code ./bootstrap.sh fuzz jazzer}), minimized
 * and kept in {@code fuzz-findings/<target>/}, replayed through the same targets: each must now keep every
 * property (nothing escapes, every diagnostic has a line and a message, the anchoring rules hold). The
 * targets run here under OSGi, where the run had a flat class path; both set the languages up the same way.
 */
class JazzerFindingsTest {

	/** Far above the one second a fuzzed input may take: only an input that never returns fails on it. */
	private static final Duration NEVER_RETURNS = Duration.ofSeconds(60);

	@TempDir
	static Path work;

	private final Set<String> initialized = new HashSet<>();

	private final Map<String, Consumer<byte[]>> targets = Map.of("claims", DocumentTarget::test, "cbschema",
			SchemaTarget::test, "xmi", XmiTarget::test, "anchors", AnchorTarget::test);

	@TestFactory
	Stream<DynamicTest> everyFindingNowKeepsTheProperties() throws IOException {
		Path findings = bundleFolder("fuzz-findings/");
		List<Path> inputs;
		try (Stream<Path> files = Files.walk(findings)) {
			inputs = files.filter(Files::isRegularFile).sorted().toList();
		}
		assertFalse(inputs.isEmpty(), "no findings in " + findings);
		return inputs.stream().map(input -> {
			String target = findings.relativize(input).getName(0).toString();
			return DynamicTest.dynamicTest(findings.relativize(input).toString(), () -> {
				initialize(target);
				byte[] bytes = Files.readAllBytes(input);
				assertTimeoutPreemptively(NEVER_RETURNS, () -> targets.get(target).accept(bytes));
			});
		});
	}

	private void initialize(String target) {
		if (!initialized.add(target)) {
			return;
		}
		Path sample = SampleFolder.path();
		switch (target) {
			case "claims" -> DocumentTarget.initialize(sample, work.resolve(target));
			case "cbschema" -> SchemaTarget.initialize(sample, work.resolve(target));
			case "xmi" -> XmiTarget.initialize(sample, work.resolve(target));
			case "anchors" -> AnchorTarget.initialize(sample);
			default -> throw new IllegalArgumentException("no target " + target + "; the folders are " + targets.keySet());
		}
	}

	private static Path bundleFolder(String entry) {
		try {
			return Paths.get(FileLocator.toFileURL(Platform.getBundle("org.claimbench.reliability.tests").getEntry(entry))
					.getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
