package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.core.ModelLoader;
import org.claimbench.core.agreement.AgreementReport;
import org.claimbench.core.agreement.HeaderScan;
import org.claimbench.core.agreement.StatementStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** agree one statement at a time, on all cores, reports what loading every document together reports. */
class StatementStreamTest {

	@TempDir
	Path folder;

	/**
	 * Three coders of the EDD statement (the third's header has comments between its clauses and a single-quoted
	 * coder, which the header scan must read as the parser does), a gold that is no coder's though the curation is still a draft, and the 2023
	 * statement with one coder: the same statements, measures, unit rows and notes either way.
	 */
	@Test
	void streamingGivesTheSameReportAsLoadingEverythingTogether() throws IOException {
		BundledSample.copyInto(folder);
		String coderB = Files.readString(folder.resolve("us-japan-edd-2024.coder-b.claims"));
		Files.writeString(folder.resolve("us-japan-edd-2024.carol.claims"),
				coderB.replace("document us_japan_edd_2024_coder_b", "document edd_carol /* a third coder */")
						.replace("\tcoder \"Coder B\"", "\t// coded on paper first\n\tcoder 'Carol'").replace("trend continuing", "trend growing"));
		String gold = Files.readString(folder.resolve("us-japan-edd-2024.claims"));
		Files.writeString(folder.resolve("us-japan-edd-2024.gold.claims"),
				gold.replace("document us_japan_edd_2024\n", "document edd_gold\n").replace("\tschema deterrence", "\tstatus draft\n\tschema deterrence"));

		AgreementReport together = AgreementReport.of(new ModelLoader().load(List.of(folder)).documents());
		AgreementReport.Builder[] builder = { new AgreementReport.Builder() };
		StatementStream.Result result = new StatementStream().load(List.of(folder), statement -> builder[0].measure(statement),
				measured -> builder[0].add(measured), () -> builder[0] = new AgreementReport.Builder());
		AgreementReport streamed = builder[0].build();

		assertFalse(result.hasLoadProblems(), result.toString());
		assertEquals(together.statements(), streamed.statements());
		assertEquals(List.of("Carol", "Coder B", "us-japan-edd-2024"),
				streamed.statements().stream().filter(s -> s.name().equals("us-japan-edd-2024.txt")).findFirst().orElseThrow().coders());
		assertEquals(together.measures(), streamed.measures());
		assertEquals(together.rows(), streamed.rows());
		assertEquals(together.notes(), streamed.notes());
		assertTrue(streamed.measures().stream().anyMatch(m -> m.name().equals("γ claims (mean of pairs)")
				&& m.coders().equals("Carol + Coder B + us-japan-edd-2024") && m.value() > 0.8 && m.value() < 1), streamed.measures().toString());
		assertTrue(streamed.measures().stream().anyMatch(m -> m.name().equals("γ claims") && m.coders().equals("Carol + Coder B")),
				streamed.measures().toString());
	}

	/** The header scan reads what the parser would, and says when it cannot tell rather than guess. */
	@Test
	void theHeaderScanReadsTheStatementOrSaysItCannotTell() {
		Path file = folder.resolve("a").resolve("edd.bob.claims");
		String key = folder.resolve("a").resolve("edd.txt").toAbsolutePath().normalize().toString();
		assertEquals(key, HeaderScan.keyOf(file, "// Bob's version\ndocument edd_bob title 'EDD' /* 2024 */ date 2024-07-28 source \"edd.txt\"\n"
				+ "\tcoder \"Bob\" status complete schema deterrence\nclaim c : K by X"));
		assertEquals(folder.resolve("edd.txt").toAbsolutePath().normalize().toString(),
				HeaderScan.keyOf(file, "document d source \"../edd.txt\" schema s"));
		assertEquals(null, HeaderScan.keyOf(file, "document d source \"edd.txt\" status curated schema s"));
		assertEquals(null, HeaderScan.keyOf(file, "/* actors */ register actors schema s"));
		assertEquals(null, HeaderScan.keyOf(folder.resolve("edd.gold.claims"), "document d source \"edd.txt\" status draft schema s"),
				"a draft gold is no coder's");
		assertTrue(HeaderScan.UNKNOWN == HeaderScan.keyOf(file, "document d source \"ed\\u0064.txt\" schema s"), "an escape");
		assertTrue(HeaderScan.UNKNOWN == HeaderScan.keyOf(file, "document d title source \"edd.txt\" schema s"), "a broken header");
		assertTrue(HeaderScan.UNKNOWN == HeaderScan.keyOf(file, "schema s actor kind State"), "not a document");
		assertTrue(HeaderScan.UNKNOWN == HeaderScan.keyOf(file, "document d source \"edd.txt"), "a string left open");
	}
}
