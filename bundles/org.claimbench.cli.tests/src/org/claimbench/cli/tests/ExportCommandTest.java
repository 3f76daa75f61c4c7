package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimbench.core.LoadedModel;
import org.claimbench.core.ModelLoader;
import org.claimbench.core.export.JsonExporter;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Exports that downstream EMF tools, scripts and annotation viewers read. */
class ExportCommandTest {

	@TempDir
	Path folder;

	static Resource loadPlainXmi(Path xmi) throws IOException {
		ResourceSet plain = new ResourceSetImpl();
		plain.getPackageRegistry().put(ClaimsPackage.eNS_URI, ClaimsPackage.eINSTANCE);
		plain.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = plain.createResource(URI.createFileURI(xmi.toString()));
		resource.load(Map.of());
		return resource;
	}

	@Test
	void xmiLoadsInPlainEmfAndEqualsTheParsedModel() throws IOException {
		Path document = Sample.writeTo(folder.resolve("sample"));
		Path xmi = folder.resolve("edd.xmi");
		ClaimBenchRun run = ClaimBenchRun.of("export", document, "--to", "xmi", "-o", xmi);
		assertEquals(0, run.exitCode(), run.toString());
		assertEquals("exported 1 document (2 claims) as xmi to " + xmi + "\n", run.out());

		Resource exported = loadPlainXmi(xmi);
		assertTrue(exported.getErrors().isEmpty(), exported.getErrors().toString());
		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(exported).isEmpty(), "self-contained");
		assertTrue(Files.readString(xmi).contains("xmlns:claims=\"" + ClaimsPackage.eNS_URI + "\""));
		Document fromXmi = (Document) exported.getContents().get(0);
		Schema schemaFromXmi = (Schema) exported.getContents().get(1);

		LoadedModel parsed = new ModelLoader().load(List.of(folder.resolve("sample")));
		Document fromDsl = parsed.documents().get(0);
		assertTrue(EcoreUtil.equals(fromDsl, fromXmi), "the XMI holds the same document as the DSL");
		assertTrue(EcoreUtil.equals(parsed.schemas().get(0), schemaFromXmi), "and the same schema");
		assertEquals("ThreatAssessment", fromXmi.getClaims().get(0).getKind().getName());
		assertEquals(schemaFromXmi, fromXmi.getClaims().get(0).getKind().eContainer(), "kinds point into the copy");
	}

	/**
	 * The command line writes JSON one document at a time; the file must be the one the exporter writes from every
	 * document loaded together, with the register and the earlier statement the documents refer to after them.
	 */
	@Test
	void jsonWrittenDocumentByDocumentIsTheExportOfAllDocumentsLoadedTogether() throws IOException {
		Path sample = BundledSample.copyInto(folder.resolve("sample"));
		for (List<Path> given : List.of(List.of(sample), List.of(sample.resolve("us-japan-edd-2024.claims")))) {
			Path json = folder.resolve("streamed.json");
			List<Object> arguments = new ArrayList<>(List.of("export"));
			arguments.addAll(given);
			arguments.addAll(List.of("--to", "json", "-o", json));
			ClaimBenchRun run = ClaimBenchRun.of(arguments.toArray());
			assertEquals(0, run.exitCode(), run.toString());
			LoadedModel together = new ModelLoader().load(given);
			assertEquals(new String(new JsonExporter().export(together.documents()), StandardCharsets.UTF_8),
					Files.readString(json), "export of " + given);
		}
		JsonObject one = JsonParser.parseString(Files.readString(folder.resolve("streamed.json"))).getAsJsonObject();
		assertEquals(List.of("us_japan_edd_2024", "us_japan_actors", "us_japan_2023"), one.getAsJsonArray("documents")
				.asList().stream().map(d -> d.getAsJsonObject().get("name").getAsString()).toList(),
				"the document given, then the register and the statement it refers to");
	}

	@Test
	void jsonHoldsTheSameModelWithReferencesById() throws IOException {
		Path document = Sample.writeTo(folder);
		Path json = folder.resolve("edd.json");
		ClaimBenchRun run = ClaimBenchRun.of("export", document, "--to", "json", "-o", json);
		assertEquals(0, run.exitCode(), run.toString());
		JsonFormats.assertValidExport(Files.readString(json));
		JsonObject root = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
		assertEquals(ClaimsPackage.eNS_URI, root.get("model").getAsString());
		JsonObject doc = root.getAsJsonArray("documents").get(0).getAsJsonObject();
		JsonObject claim = doc.getAsJsonArray("claims").get(0).getAsJsonObject();
		assertEquals("Claim", claim.get("class").getAsString());
		assertEquals("edd.nk", claim.get("id").getAsString());
		assertEquals("deterrence.ThreatAssessment", claim.get("kind").getAsString());
		assertEquals("edd.Ministers", claim.getAsJsonArray("holders").get(0).getAsString());
		assertEquals(Sample.NK_QUOTE, claim.getAsJsonArray("anchors").get(0).getAsJsonObject().get("quote").getAsString());
		assertEquals("deterrence", root.getAsJsonArray("schemas").get(0).getAsJsonObject().get("name").getAsString());
	}

	@Test
	void webAnnotationNamesThePublishedSourceWhenGivenABase() throws IOException {
		Path document = Sample.writeTo(folder);
		Path out = folder.resolve("edd.jsonld");
		ClaimBenchRun run = ClaimBenchRun.of("export", document, "--to", "webannotation", "--source-base",
				"https://example.org/statements/2024/", "-o", out);
		assertEquals(0, run.exitCode(), run.toString());
		JsonObject collection = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
		JsonObject target = collection.getAsJsonObject("first").getAsJsonArray("items").get(0).getAsJsonObject()
				.getAsJsonObject("target");
		assertEquals("https://example.org/statements/2024/edd.txt", target.get("source").getAsString());
		assertFalse(Files.readString(out).contains("file:"), "no path of this machine in the export");
	}

	@Test
	void sourceBaseIsRefusedForOtherFormatsAndRelativeUris() throws IOException {
		Path document = Sample.writeTo(folder);
		ClaimBenchRun xmi = ClaimBenchRun.of("export", document, "--to", "xmi", "--source-base", "https://example.org/",
				"-o", folder.resolve("edd.xmi"));
		assertEquals(2, xmi.exitCode(), xmi.toString());
		assertTrue(xmi.err().contains("--source-base needs --to webannotation"), xmi.toString());
		ClaimBenchRun relative = ClaimBenchRun.of("export", document, "--to", "webannotation", "--source-base",
				"statements/", "-o", folder.resolve("edd.jsonld"));
		assertEquals(2, relative.exitCode(), relative.toString());
		assertFalse(Files.exists(folder.resolve("edd.jsonld")));
	}

	@Test
	void webAnnotationHasOneAnnotationPerAnchorWithBothSelectors() throws IOException {
		Path document = Sample.writeTo(folder);
		Path out = folder.resolve("edd.jsonld");
		ClaimBenchRun run = ClaimBenchRun.of("export", document, "--to", "webannotation", "-o", out);
		assertEquals(0, run.exitCode(), run.toString());
		JsonObject collection = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
		assertEquals("http://www.w3.org/ns/anno.jsonld", collection.get("@context").getAsString());
		assertEquals("AnnotationCollection", collection.get("type").getAsString());
		JsonArray items = collection.getAsJsonObject("first").getAsJsonArray("items");
		assertEquals(5, items.size(), "two actor mentions, two claim quotes and the relation");
		assertEquals(5, collection.get("total").getAsInt());

		JsonObject nk = items.get(2).getAsJsonObject();
		assertEquals("urn:claimbench:edd:nk:0", nk.get("id").getAsString());
		JsonArray bodies = nk.getAsJsonArray("body");
		assertEquals("ThreatAssessment (Assessment) claim nk held by Ministers",
				bodies.get(0).getAsJsonObject().get("value").getAsString());
		assertEquals("held by Ministers", bodies.get(1).getAsJsonObject().get("value").getAsString());
		assertEquals("describing", bodies.get(1).getAsJsonObject().get("purpose").getAsString());
		assertEquals("urn:claimbench:edd:page:0", collection.getAsJsonObject("first").get("id").getAsString());
		assertEquals("ClaimBench", collection.getAsJsonObject("generator").get("name").getAsString());
		JsonObject target = nk.getAsJsonObject("target");
		assertEquals(folder.resolve("edd.txt").toUri().toString(), target.get("source").getAsString());
		JsonObject quote = target.getAsJsonArray("selector").get(0).getAsJsonObject();
		assertEquals("TextQuoteSelector", quote.get("type").getAsString());
		assertEquals(Sample.NK_QUOTE, quote.get("exact").getAsString());
		int start = Sample.SOURCE.indexOf(Sample.NK_QUOTE);
		assertTrue(Sample.SOURCE.substring(0, start).endsWith(quote.get("prefix").getAsString()));
		assertTrue(Sample.SOURCE.substring(start + Sample.NK_QUOTE.length()).startsWith(quote.get("suffix").getAsString()));
		JsonObject position = target.getAsJsonArray("selector").get(1).getAsJsonObject();
		assertEquals("TextPositionSelector", position.get("type").getAsString());
		int codePoints = Sample.SOURCE.codePointCount(0, start);
		assertEquals(start - 4, codePoints, "four flag halves each take two UTF-16 units");
		assertEquals(codePoints, position.get("start").getAsInt(), "W3C positions count code points");
		assertEquals(codePoints + Sample.NK_QUOTE.length(), position.get("end").getAsInt());
	}

	@Test
	void modelWithErrorsIsRefusedListingThemAndTheOldFileStays() throws IOException {
		Path document = Sample.writeTo(folder);
		Path xmi = Sample.write(folder.resolve("edd.xmi"), "previous export");
		Sample.write(document, Sample.document().replace("nk : ThreatAssessment by Ministers", "nk : ThreatAssessment by Ministrs"));
		ClaimBenchRun run = ClaimBenchRun.of("export", document, "--to", "xmi", "-o", xmi);
		assertEquals(1, run.exitCode(), run.toString());
		int column = Sample.document().lines().toList().get(5).indexOf("Ministers") + 1;
		assertTrue(run.err().contains(document + ":6:" + column + ": error: This document has no actor named 'Ministrs'"),
				run.toString());
		assertTrue(run.err().contains("export refused: the model has 1 error (use --force to export anyway)"), run.toString());
		assertEquals("previous export", Files.readString(xmi));

		ClaimBenchRun forced = ClaimBenchRun.of("export", document, "--to", "xmi", "-o", xmi, "--force");
		assertEquals(0, forced.exitCode(), forced.toString());
		assertTrue(Files.readString(xmi).startsWith("<?xml"));
	}

	@Test
	void failedWriteLeavesNoFileAndNoTemporaryBehind() throws IOException {
		Path document = Sample.writeTo(folder);
		Path out = folder.resolve("no-such-folder").resolve("edd.xmi");
		ClaimBenchRun run = ClaimBenchRun.of("export", document, "--to", "xmi", "-o", out);
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().startsWith("claimbench: cannot write " + out), run.toString());
		assertFalse(Files.exists(out.getParent()));
	}

	@Test
	void folderWithoutDocumentsHasNothingToExport() throws IOException {
		Sample.write(folder.resolve("deterrence.cbschema"), Sample.SCHEMA);
		ClaimBenchRun run = ClaimBenchRun.of("export", folder, "--to", "json", "-o", folder.resolve("x.json"));
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("nothing to export"), run.toString());
	}

	@Test
	void webAnnotationsLinkRelatedClaimsAndGiveEveryDocumentItsOwnIris() throws IOException {
		Path document = Sample.writeTo(folder);
		Path copy = Files.createDirectories(folder.resolve("copy"));
		Sample.writeTo(copy);
		Path out = folder.resolve("edd.jsonld");
		ClaimBenchRun run = ClaimBenchRun.of("export", document, copy.resolve(document.getFileName()), "--to", "webannotation",
				"--source-base", "https://example.org/statements", "-o", out);
		assertEquals(0, run.exitCode(), run.toString());
		JsonArray collections = JsonParser.parseString(Files.readString(out)).getAsJsonArray();
		assertEquals("urn:claimbench:edd", collections.get(0).getAsJsonObject().get("id").getAsString());
		assertEquals("urn:claimbench:edd~2", collections.get(1).getAsJsonObject().get("id").getAsString(),
				"a second document of the same name gets IRIs of its own");
		JsonArray items = collections.get(0).getAsJsonObject().getAsJsonObject("first").getAsJsonArray("items");
		JsonObject link = items.get(items.size() - 1).getAsJsonObject();
		assertEquals("linking", link.get("motivation").getAsString());
		assertEquals("urn:claimbench:edd:nk:0", link.get("target").getAsString());
		assertEquals("urn:claimbench:edd:talks:0", link.getAsJsonArray("body").get(0).getAsJsonObject().get("source").getAsString());
		JsonObject target = items.get(0).getAsJsonObject().getAsJsonObject("target");
		assertEquals("https://example.org/statements/edd.txt", target.get("source").getAsString(),
				"a base without a final slash still names a folder");
	}

	@Test
	void aDocumentWithoutAnchorsExportsACollectionWithoutAnEmptyPage() throws IOException {
		Path document = Sample.writeTo(folder);
		Sample.write(document, "document empty source \"edd.txt\" schema deterrence\nactor Japan : State\n");
		Path out = folder.resolve("empty.jsonld");
		ClaimBenchRun run = ClaimBenchRun.of("export", document, "--to", "webannotation", "-o", out);
		assertEquals(0, run.exitCode(), run.toString());
		JsonObject collection = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
		assertEquals(0, collection.get("total").getAsInt());
		assertFalse(collection.has("first"), "a page holds at least one annotation");
	}
}
