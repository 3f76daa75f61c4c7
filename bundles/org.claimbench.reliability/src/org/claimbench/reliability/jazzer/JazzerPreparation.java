package org.claimbench.reliability.jazzer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Writes what {@code ./bootstrap.sh fuzz jazzer} hands Jazzer before the targets run: the seed corpora
 * ({@link SeedCorpora}) and the dictionaries ({@link KeywordDictionary}).
 * <p>
 * Arguments: the sample folder, the repository's bundles folder, and the output folder, which receives
 * {@code seeds/<target>/}, {@code languages.dict} and {@code xmi.dict}.
 */
public final class JazzerPreparation {

	private JazzerPreparation() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			System.err.println("usage: JazzerPreparation SAMPLE_FOLDER BUNDLES_FOLDER OUTPUT_FOLDER");
			System.exit(2);
		}
		Path sample = Paths.get(args[0]).toAbsolutePath();
		Path output = Files.createDirectories(Paths.get(args[2]).toAbsolutePath());
		SeedCorpora.write(sample, Paths.get(args[1]).toAbsolutePath(), output.resolve("seeds"), output.resolve("work"));
		Files.writeString(output.resolve("languages.dict"), KeywordDictionary.languages(), StandardCharsets.UTF_8);
		Files.writeString(output.resolve("xmi.dict"), KeywordDictionary.xmi(), StandardCharsets.UTF_8);
	}
}
