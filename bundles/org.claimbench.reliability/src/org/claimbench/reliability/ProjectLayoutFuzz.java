package org.claimbench.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimbench.core.Diagnostic;
import org.claimbench.core.StreamingValidator;

/**
 * The schema-resolution property: what a file's diagnostics are depends on where the files lie, never on
 * which of them a command names or in which order. Each input is a random folder of projects (marked and
 * unmarked folders, nested ones, schemas that share names and differ in their attributes, documents that
 * fit one variant only); it is validated as a whole, as its folders in a random order and as its files in
 * a random order, and every file must get the same diagnostics each time.
 */
public final class ProjectLayoutFuzz extends FuzzTarget {

	private static final List<String> SCHEMA_NAMES = List.of("deterrence", "codebook", "security");
	private static final List<String> ATTRIBUTES = List.of("level: text", "range: number", "urgent: boolean");
	private static final List<String> VALUES = List.of("level \"high\"", "range 3", "urgent true");

	private final Path work;

	public ProjectLayoutFuzz(Path work) {
		this.work = work;
	}

	@Override
	public String name() {
		return "schema resolution";
	}

	@Override
	protected void fuzzOne(Mutations mutations, long iteration, Findings findings) {
		Random random = new Random(mutations.random().nextLong());
		Path parent = work.resolve("layout-" + iteration);
		try {
			List<Path> folders = writeLayout(random, parent);
			List<Path> files = modelFiles(parent);
			Map<Path, List<String>> whole = byFile(List.of(parent));
			List<Path> shuffledFolders = new ArrayList<>(folders);
			Collections.shuffle(shuffledFolders, random);
			List<Path> shuffledFiles = new ArrayList<>(files);
			Collections.shuffle(shuffledFiles, random);
			check(findings, iteration, parent, "the parent folder", whole, "its folders " + names(parent, shuffledFolders),
					byFile(shuffledFolders));
			check(findings, iteration, parent, "the parent folder", whole, "its files " + names(parent, shuffledFiles),
					byFile(shuffledFiles));
			// A file named alone sees the same project as when its whole folder is validated.
			Path one = files.get(random.nextInt(files.size()));
			check(findings, iteration, parent, "the parent folder", whole.containsKey(one) ? Map.of(one, whole.get(one)) : Map.of(),
					"the file " + parent.relativize(one) + " alone", byFile(List.of(one)));
			long documents = files.stream().filter(f -> f.toString().endsWith(".claims")).count();
			long clean = documents - whole.entrySet().stream()
					.filter(e -> e.getKey().toString().endsWith(".claims") && e.getValue().stream().anyMatch(d -> d.startsWith("ERROR")))
					.count();
			count(clean == documents ? "every document valid" : clean == 0 ? "no document valid" : "some documents valid");
			if (whole.values().stream().flatMap(List::stream).anyMatch(d -> d.contains("ambiguousSchema"))) {
				count("ambiguous schema reported");
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			delete(parent);
		}
	}

	private void check(Findings findings, long iteration, Path parent, String what, Map<Path, List<String>> expected,
			String other, Map<Path, List<String>> actual) {
		if (!expected.equals(actual)) {
			findings.add(name(), iteration, what + " and " + other + " give different diagnostics: " + differences(parent, expected, actual),
					layoutText(parent));
		}
	}

	/**
	 * Two to four folders under the parent (itself sometimes a project); some marked as projects, some with
	 * a subfolder, some with a project inside.
	 */
	private static List<Path> writeLayout(Random random, Path parent) throws IOException {
		List<Path> folders = new ArrayList<>();
		if (random.nextInt(4) == 0) {
			// The parent itself a project: its unmarked folders share it, and their schemas' names clash.
			Files.createDirectories(parent);
			Files.writeString(parent.resolve(".claimbench"), "");
		}
		int count = 2 + random.nextInt(3);
		for (int i = 0; i < count; i++) {
			Path folder = parent.resolve("p" + i);
			Files.createDirectories(folder);
			folders.add(folder);
			boolean marked = random.nextInt(3) == 0;
			if (marked) {
				Files.writeString(folder.resolve(".claimbench"), "");
			}
			int schemas = 1 + random.nextInt(2);
			for (int s = 0; s < schemas; s++) {
				Path where = marked && random.nextBoolean() ? folder.resolve("schemas") : folder;
				writeSchema(random, where.resolve("s" + s + ".cbschema"));
			}
			int documents = 1 + random.nextInt(2);
			for (int d = 0; d < documents; d++) {
				Path where = random.nextInt(4) == 0 ? folder.resolve("texts") : folder;
				writeDocument(random, where.resolve("d" + d + ".claims"), "doc" + i + "_" + d);
			}
		}
		if (random.nextBoolean()) {
			// A project inside a folder of another one: it must keep to itself both ways.
			Path nested = folders.get(0).resolve("inner");
			Files.createDirectories(nested);
			Files.writeString(nested.resolve(".claimbench"), "");
			writeSchema(random, nested.resolve("n.cbschema"));
			writeDocument(random, nested.resolve("n.claims"), "nested");
		}
		return folders;
	}

	private static void writeSchema(Random random, Path file) throws IOException {
		int attribute = random.nextInt(ATTRIBUTES.size());
		String text = "schema " + SCHEMA_NAMES.get(random.nextInt(SCHEMA_NAMES.size())) + "\nactor kind State\n"
				+ "claim kind Alert is Assessment { " + ATTRIBUTES.get(attribute) + " }\n";
		write(file, text);
	}

	private static void writeDocument(Random random, Path file, String name) throws IOException {
		write(file.resolveSibling("t.txt"), "A statement.\n");
		String text = "document " + name + " source \"t.txt\" schema " + SCHEMA_NAMES.get(random.nextInt(SCHEMA_NAMES.size()))
				+ "\nactor X : State\nclaim c : Alert by X { " + VALUES.get(random.nextInt(VALUES.size())) + " }\n";
		write(file, text);
	}

	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static List<Path> modelFiles(Path parent) throws IOException {
		try (Stream<Path> walk = Files.walk(parent)) {
			return walk.filter(f -> f.toString().endsWith(".claims") || f.toString().endsWith(".cbschema")).sorted().toList();
		}
	}

	/** Each file's diagnostics, as text, for the files the run looked at. */
	private static Map<Path, List<String>> byFile(List<Path> paths) {
		Map<Path, List<String>> result = new TreeMap<>();
		for (Diagnostic diagnostic : new StreamingValidator().validate(paths).diagnostics()) {
			result.computeIfAbsent(diagnostic.file().toAbsolutePath().normalize(), f -> new ArrayList<>())
					.add(diagnostic.severity() + " " + diagnostic.line() + ":" + diagnostic.column() + " " + diagnostic.code() + " "
							+ diagnostic.message());
		}
		result.values().forEach(list -> list.sort(Comparator.naturalOrder()));
		return result;
	}

	private static String differences(Path parent, Map<Path, List<String>> expected, Map<Path, List<String>> actual) {
		return expected.keySet().stream().filter(f -> !expected.get(f).equals(actual.getOrDefault(f, List.of())))
				.map(f -> parent.relativize(f) + " " + expected.get(f) + " vs " + actual.getOrDefault(f, List.of()))
				.collect(Collectors.joining("; "))
				+ actual.keySet().stream().filter(f -> !expected.containsKey(f)).map(f -> "; only in the second: " + parent.relativize(f))
						.collect(Collectors.joining());
	}

	private static String names(Path parent, List<Path> paths) {
		return paths.stream().map(p -> parent.relativize(p).toString()).collect(Collectors.joining(" ", "(", ")"));
	}

	/** The whole layout as one text, so a finding can be rebuilt by hand. */
	private static String layoutText(Path parent) {
		try (Stream<Path> walk = Files.walk(parent)) {
			StringBuilder text = new StringBuilder();
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				text.append("== ").append(parent.relativize(file)).append('\n').append(Files.readString(file)).append('\n');
			}
			return text.toString();
		} catch (IOException e) {
			return "(layout not readable: " + e.getMessage() + ")";
		}
	}

	private static void delete(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// What is left in the work folder is build output, never in git.
		}
	}
}
