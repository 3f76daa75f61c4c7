package org.claimbench.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.dsl.source.AnchorMatcher;
import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceText;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.model.claims.ClaimsFactory;
import org.claimbench.model.claims.Document;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading source texts and finding quotes in them, as the validator, the editor and the exporters use them. */
class SourceTextsTest {

	@TempDir
	Path folder;

	/** Texts are kept with the resource set they were read for. */
	private final ResourceSet resourceSet = new ResourceSetImpl();

	private URI document() {
		return URI.createFileURI(folder.resolve("doc.claims").toString());
	}

	private SourceLoad load(String source) {
		return load(source, resourceSet);
	}

	private SourceLoad load(String source, ResourceSet set) {
		return SourceTexts.load(document(), source, set);
	}

	@Test
	void linesCountEveryKindOfLineEnding() {
		SourceText text = new SourceText(URI.createURI("file:/s.txt"), "a\nb\r\nc\rd");
		assertEquals(1, text.lineOf(0));
		assertEquals(1, text.lineOf(1));
		assertEquals(2, text.lineOf(2));
		assertEquals(2, text.lineOf(4));
		assertEquals(3, text.lineOf(5));
		assertEquals(4, text.lineOf(7));
		assertEquals(4, text.lineCount());
		assertEquals(1, text.columnOf(7));
	}

	@Test
	void anExcerptNeverEndsInTheMiddleOfACharacterOfTwoUnits() {
		// U+1F30F is two UTF-16 units; a message that quotes the text cut after the first showed '?'.
		SourceText text = new SourceText(URI.createURI("file:/s.txt"), "Earth \uD83C\uDF0F day");
		assertEquals("Earth \uD83C\uDF0F", text.excerpt(0, 7));
		assertEquals("Earth ", text.excerpt(0, 6));
	}

	@Test
	void offsetsAreUtf16UnitsWithoutTheByteOrderMarkAndLineEndingsKept() throws IOException {
		byte[] body = "Title\r\nRuritania’s navy\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		Files.write(folder.resolve("s.txt"), bytes);
		SourceText text = load("s.txt").text();
		assertEquals(7, text.text().indexOf("Ruritania"));
		assertEquals(19, text.text().indexOf("navy"), "the apostrophe is one unit though three bytes");
		assertEquals(2, text.lineOf(19));
		assertEquals("s.txt", text.fileName());
	}

	@Test
	void unchangedFileIsReadOnceAndAChangedOneAgain() throws IOException {
		Path file = folder.resolve("s.txt");
		Files.writeString(file, "The Ministers met.\n");
		SourceText first = load("s.txt").text();
		assertSame(first, load("./s.txt").text());
		Files.writeString(file, "The Ministers met in Tokyo.\n");
		SourceText changed = load("s.txt").text();
		assertNotSame(first, changed);
		assertTrue(changed.text().contains("Tokyo"));
	}

	@Test
	void aNewResourceSetReadsTheTextAfreshSoALongLivedServerNeverServesAStaleOne() throws IOException {
		Files.writeString(folder.resolve("s.txt"), "The Ministers met.\n");
		SourceText first = load("s.txt").text();
		SourceText again = load("s.txt", new ResourceSetImpl()).text();
		assertNotSame(first, again, "read afresh for another resource set");
		assertEquals(first.text(), again.text());
		assertNotSame(SourceTexts.load(document(), "s.txt", URIConverter.INSTANCE).text(),
				SourceTexts.load(document(), "s.txt", URIConverter.INSTANCE).text(),
				"the global converter belongs to no resource set and keeps nothing");
	}

	@Test
	void aDocumentsTextIsKeptWithItsResourceSetAndReadAgainWhenChangedOnDisk() throws IOException {
		Path file = folder.resolve("s.txt");
		Files.writeString(file, "The Ministers met.\n");
		Resource resource = new ResourceImpl(document());
		resourceSet.getResources().add(resource);
		Document document = ClaimsFactory.eINSTANCE.createDocument();
		document.setName("d");
		document.setSource("s.txt");
		resource.getContents().add(document);

		SourceText first = SourceTexts.load(document).text();
		assertSame(first, load("s.txt").text(), "the document's resource set keeps what was read for it");
		Files.writeString(file, "The Ministers met in Tokyo, on July 28.\n");
		assertTrue(SourceTexts.load(document).text().text().contains("Tokyo"), "a text changed on disk is read again");
	}

	@Test
	void quoteNearestToTheHintPrefersMatchingContext() {
		String text = "the Ministers said; the Ministers agreed; the Ministers left";
		assertEquals(20, AnchorMatcher.nearest(text, "the Ministers", 25));
		assertEquals(0, AnchorMatcher.nearest(text, "the Ministers", 10), "a tie goes to the earlier occurrence");
		assertEquals(42, AnchorMatcher.nearest(text, "the Ministers", 0, "; ", " left"));
		assertEquals(-1, AnchorMatcher.nearest(text, "the Secretaries", 0));
		assertTrue(AnchorMatcher.matchesAt(text, "said", 14));
	}
}
