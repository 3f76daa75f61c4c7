package org.claimbench.reliability.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a stranger could send: entity tricks in XMI, huge files and lines, BOM, CRLF and non-ASCII text. */
class HostileInputTest {

	private static final String SCHEMA = """
			schema talk
			actor kind Person
			claim kind Remark is Assessment
			""";

	@TempDir
	Path folder;

	private static void assertNoStackTrace(Cli run) {
		assertFalse(run.all().contains("Exception") || run.all().contains("\tat "), "no stack trace: " + run);
	}

	private Cli importXmi(String doctype) throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-PASSWORD");
		Path xmi = Files.writeString(folder.resolve("hostile.xmi"), """
				<?xml version="1.0" encoding="UTF-8"?>
				%s
				<claims:Document xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:claims="http://claimbench.org/claims/1.0" name="d" title="&e;" source="d.txt"/>
				""".formatted(doctype.replace("SECRET", secret.toUri().toString())));
		Cli run = Cli.run("import", xmi, "-o", folder.resolve("d.claims"));
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains(xmi + ":2:") && run.err().contains("DOCTYPE is disallowed"), run.toString());
		assertFalse(run.all().contains("TOP-SECRET"), run.toString());
		assertFalse(Files.exists(folder.resolve("d.claims")), "nothing written");
		assertNoStackTrace(run);
		return run;
	}

	@Test
	void xmiWithAnExternalEntityIsRefusedWithoutReadingIt() throws IOException {
		importXmi("<!DOCTYPE d [<!ENTITY e SYSTEM \"SECRET\">]>");
	}

	@Test
	void xmiWithEntityExpansionIsRefused() throws IOException {
		StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
		}
		importXmi("<!DOCTYPE d [" + entities + "<!ENTITY e \"&a9;\">]>");
	}

	/** A fuzz finding: XMI allows any string as a name, and the DSL text written for it would not open. */
	@Test
	void xmiWithANameTheDslCannotWriteIsRefused() throws IOException {
		Path xmi = folder.resolve("sample.xmi");
		Cli export = Cli.run("export", SampleFolder.path().resolve("us-japan-edd-2024.claims"), "--to", "xmi", "-o", xmi);
		assertEquals(0, export.exitCode(), export.toString());
		Files.writeString(xmi, Files.readString(xmi).replaceFirst("name=\"Alliance\"", "name=\"Al:liance\""));
		Path imported = folder.resolve("imported.claims");
		Cli run = Cli.run("import", xmi, "-o", imported);
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains(xmi + ": error: cannot write the document as DSL text: ")
				&& run.err().contains("Al:liance"), run.toString());
		assertFalse(Files.exists(imported), "nothing written");
		assertNoStackTrace(run);
	}

	@Test
	void fiftyMegabyteAnnotationFileIsRefusedWithAMessage() throws IOException {
		Path big = folder.resolve("big.claims");
		try (OutputStream out = Files.newOutputStream(big)) {
			out.write("document big source \"big.txt\" schema talk\n".getBytes(StandardCharsets.UTF_8));
			byte[] line = "actor someone : Person\n".getBytes(StandardCharsets.UTF_8);
			for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
				out.write(line);
			}
		}
		Cli run = Cli.run("validate", big);
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.out().contains(big + ": error: the file is 50.0 MB, more than the 16.0 MB ClaimBench reads"),
				run.toString());
		assertNoStackTrace(run);
	}

	@Test
	void fiftyMegabyteSourceTextIsRefusedWithAMessage() throws IOException {
		Files.writeString(folder.resolve("talk.cbschema"), SCHEMA);
		Path document = Files.writeString(folder.resolve("d.claims"), "document d source \"d.txt\" schema talk\n");
		try (OutputStream out = Files.newOutputStream(folder.resolve("d.txt"))) {
			byte[] paragraph = "The Ministers met again.\n".getBytes(StandardCharsets.UTF_8);
			for (long written = 0; written < 50L * 1024 * 1024; written += paragraph.length) {
				out.write(paragraph);
			}
		}
		Cli run = Cli.run("validate", document);
		assertEquals(1, run.exitCode(), run.toString());
		assertTrue(run.out().contains(document + ":1:") && run.out().contains("'d.txt' is too large to read: 50 MB"),
				run.toString());
	}

	@Test
	void millionCharacterLinesInSourceAndDocumentAreHandled() throws IOException {
		String line = "word ".repeat(200_000);
		String source = "Title\n" + line + "Müller spoke.\n";
		Files.writeString(folder.resolve("d.txt"), source);
		Files.writeString(folder.resolve("talk.cbschema"), SCHEMA);
		Path document = Files.writeString(folder.resolve("d.claims"), "document d source \"d.txt\" schema talk\n"
				+ "actor mueller : Person { mention \"Müller\" at " + source.indexOf("Müller") + " }\n"
				+ "claim c : Remark by mueller { note \"" + "x".repeat(1_000_000) + "\" }\n");
		Cli run = Cli.run("validate", document);
		assertEquals(0, run.exitCode(), run.toString());
		assertNoStackTrace(run);
	}

	/**
	 * A source and a document saved by a Windows editor: BOM, CRLF, curly quotes and accents. The
	 * offsets computed from the text without BOM, CRLF counted as two characters, hold for the DSL
	 * validator (through validate) and for re-anchoring, which both read the source through SourceTexts.
	 */
	@Test
	void bomCrlfAndNonAsciiGiveTheSameOffsetsEverywhere() throws IOException {
		String source = "Déclaration commune\r\n\r\nLe “Ministre” a reçu M. Müller à Tōkyō.\r\n";
		Files.write(folder.resolve("d.txt"), ("\uFEFF" + source).getBytes(StandardCharsets.UTF_8));
		Files.writeString(folder.resolve("talk.cbschema"), SCHEMA);
		int mueller = source.indexOf("Müller");
		int ministre = source.indexOf("“Ministre”");
		String text = "document d source \"d.txt\" schema talk\r\n"
				+ "actor mueller : Person { mention \"Müller\" at " + mueller + " }\r\n"
				+ "claim c : Remark by mueller { quote \"“Ministre”\" at " + ministre + " }\r\n";
		Path document = folder.resolve("d.claims");
		Files.write(document, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
		Cli valid = Cli.run("validate", document);
		assertEquals(0, valid.exitCode(), valid.toString());
		Cli unchanged = Cli.run("reanchor", document);
		assertTrue(unchanged.out().contains("2 anchors: 2 unchanged, 0 moved"), unchanged.toString());

		Files.write(folder.resolve("d.txt"), ("\uFEFFAvant-propos\r\n" + source).getBytes(StandardCharsets.UTF_8));
		Cli moved = Cli.run("reanchor", document);
		assertEquals(0, moved.exitCode(), moved.toString());
		assertTrue(moved.out().contains("moved \"Müller\" at " + mueller + " to " + (mueller + 14)), moved.toString());
		byte[] rewritten = Files.readAllBytes(document);
		assertEquals("\uFEFF" + text.replace("at " + mueller, "at " + (mueller + 14)).replace("at " + ministre,
				"at " + (ministre + 14)), new String(rewritten, StandardCharsets.UTF_8), "only the numbers change; BOM and CRLF stay");
		Cli revalidated = Cli.run("validate", document);
		assertEquals(0, revalidated.exitCode(), revalidated.toString());
	}
}
