package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.XMLInputSource;
import org.claimbench.core.ModelLoader;
import org.claimbench.dsl.source.Mentions;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --to uima} of the sample statement (which names its register's actors and relates a claim
 * to one of an earlier statement) read by UIMA's own CAS I/O with the {@code typesystem.xml} written
 * beside it (as INCEpTION reads an import), and {@code import} of that XMI giving back the same coding.
 */
class UimaExportTest {

	private static final String STATEMENT = "us-japan-edd-2024.claims";

	@TempDir
	Path folder;

	private Path sample() throws IOException {
		return BundledSample.copyInto(folder.resolve("sample"));
	}

	private Path export(Path sample) {
		Path out = folder.resolve("out").resolve("edd.xmi");
		assertTrue(out.getParent().toFile().mkdirs());
		ClaimBenchRun run = ClaimBenchRun.of("export", sample.resolve(STATEMENT), "--to", "uima", "-o", out);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("typesystem.xml"), run.toString());
		return out;
	}

	/** A CAS made from the exported type system file alone, then filled from the XMI, strictly. */
	private static CAS load(Path xmi) throws Exception {
		TypeSystemDescription types = UIMAFramework.getXMLParser()
				.parseTypeSystemDescription(new XMLInputSource(xmi.resolveSibling("typesystem.xml").toFile()));
		CAS cas = CasCreationUtils.createCas(types, null, null);
		try (InputStream in = Files.newInputStream(xmi)) {
			CasIOUtils.load(in, cas);
		}
		return cas;
	}

	private static List<AnnotationFS> annotations(CAS cas, String type) {
		List<AnnotationFS> all = new ArrayList<>();
		cas.<AnnotationFS> getAnnotationIndex(cas.getTypeSystem().getType(type)).forEach(all::add);
		return all;
	}

	@Test
	void uimaReadsTheSampleWithItsQuotesMentionsAndRelations() throws Exception {
		Path sample = sample();
		CAS cas = load(export(sample));
		Document document = new ModelLoader().load(List.of(sample.resolve(STATEMENT))).documents().get(0);
		assertEquals(Files.readString(sample.resolve(document.getSource())), cas.getDocumentText());
		List<AnnotationFS> quotes = annotations(cas, "webanno.custom.Claim");
		assertEquals(document.getClaims().stream().mapToInt(c -> c.getAnchors().size()).sum(), quotes.size());
		for (AnnotationFS quote : quotes) {
			Claim claim = document.getClaims().stream()
					.filter(c -> c.getName().equals(quote.getStringValue(quote.getType().getFeatureByBaseName("claim"))))
					.findFirst().orElseThrow();
			assertTrue(claim.getAnchors().stream().anyMatch(a -> a.getQuote().equals(quote.getCoveredText())),
					"the span covers one of the claim's quotes: " + quote.getCoveredText());
		}
		Map<String, List<String>> mentions = new TreeMap<>();
		for (AnnotationFS mention : annotations(cas, "webanno.custom.ActorMention")) {
			mentions.computeIfAbsent(mention.getStringValue(mention.getType().getFeatureByBaseName("actor")), a -> new ArrayList<>())
					.add(mention.getBegin() + ":" + mention.getCoveredText());
		}
		Map<String, List<String>> expected = new TreeMap<>();
		Mentions.byActor(document).forEach((actor, anchors) -> {
			if (!anchors.isEmpty()) {
				expected.put(actor.getName(), anchors.stream().map(a -> a.getOffset() + ":" + a.getQuote()).sorted().toList());
			}
		});
		mentions.values().forEach(list -> list.sort(null));
		assertTrue(expected.keySet().containsAll(List.of("UnitedStates", "Japan", "Kamikawa")),
				"the sample names register actors and its own: " + expected.keySet());
		assertEquals(expected, mentions, "every mention, of the register's actors too, is an ActorMention on its words");
		Type relationType = cas.getTypeSystem().getType("webanno.custom.ClaimRelation");
		Feature governor = relationType.getFeatureByBaseName("Governor");
		Feature dependent = relationType.getFeatureByBaseName("Dependent");
		List<AnnotationFS> relations = annotations(cas, "webanno.custom.ClaimRelation");
		List<AnnotationFS> crossing = annotations(cas, "webanno.custom.CrossDocumentRelation");
		assertEquals(document.getRelations().size(), relations.size() + crossing.size());
		assertEquals(1, crossing.size(), "the sample relates one claim to the 2023 statement's");
		assertEquals("us_japan_2023.strengthenCapacity", crossing.get(0).getStringValue(crossing.get(0).getType().getFeatureByBaseName("target")));
		for (AnnotationFS relation : relations) {
			AnnotationFS to = (AnnotationFS) relation.getFeatureValue(dependent);
			assertEquals("webanno.custom.Claim", ((AnnotationFS) relation.getFeatureValue(governor)).getType().getName());
			assertEquals(to.getBegin(), relation.getBegin(), "a relation lies on its dependent's words, as in INCEpTION");
		}
	}

	/** A folder with what the statement refers to, as a team has it beside the XMI that comes back from INCEpTION. */
	private Path besideTheImport(Path sample) throws IOException {
		Path back = Files.createDirectories(folder.resolve("back"));
		// A CAS carries the statement's text, not the files it refers to: the schemas, the register, the 2023 statement.
		for (String name : List.of("deterrence.cbschema", "codebook.cbschema", "us-japan-actors.claims", "us-japan-2023.claims",
				"us-japan-joint-statement-2023.txt")) {
			Files.copy(sample.resolve(name), back.resolve(name));
		}
		return back;
	}

	/** Imports {@code xmi} beside the files it needs, checks the result validates with 0 errors, and loads it. */
	private Document importValid(Path xmi, Path back) throws IOException {
		Path imported = back.resolve("edd.claims");
		ClaimBenchRun run = ClaimBenchRun.of("import", xmi, "-o", imported);
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(run.out().contains("with its source text"), run.toString());
		assertTrue(Files.exists(back.resolve("us-japan-edd-2024.txt")), "the source text comes out of the CAS");
		ClaimBenchRun validate = ClaimBenchRun.of("validate", imported);
		assertEquals(0, validate.exitCode(), validate.toString() + "\n" + Files.readString(imported));
		assertTrue(validate.out().contains("1 file checked: 0 errors"), validate.toString());
		ClaimBenchRun layout = ClaimBenchRun.of("format", "--check", imported);
		assertEquals(0, layout.exitCode(), "written in the canonical layout: " + layout + "\n" + Files.readString(imported));
		return new ModelLoader().load(List.of(imported)).documents().get(0);
	}

	private static Document original(Path sample) {
		return new ModelLoader().load(List.of(sample.resolve(STATEMENT))).documents().get(0);
	}

	@Test
	void aSourceThatIsNotUtf8IsARefusalNotAWriteFailure() throws Exception {
		Path document = Sample.writeTo(folder.resolve("latin1"));
		Path text = document.resolveSibling("edd.txt");
		// An é saved as Latin-1 at the end, after the quoted words, as an editor set to Latin-1 writes it.
		Files.write(text, (Files.readString(text) + "Caf\u00e9\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		Path out = folder.resolve("latin1").resolve("edd.uima");
		ClaimBenchRun run = ClaimBenchRun.of("export", document, "--force", "--to", "uima", "-o", out);
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("claimbench: export refused: Source text 'edd.txt' is not valid UTF-8"), run.toString());
		assertFalse(run.err().contains("cannot write"), run.toString());
		assertFalse(Files.exists(out), "nothing written");
	}

	@Test
	void importingTheExportGivesTheSameCodingBack() throws Exception {
		Path sample = sample();
		Path xmi = export(sample);
		Document again = importValid(xmi, besideTheImport(sample));
		assertEquals(coding(original(sample)), coding(again));
		// A CAS carries no prefix or suffix: words that occur more than once get a context that only their place has.
		String text = Files.readString(folder.resolve("back").resolve("us-japan-edd-2024.txt"));
		int repeated = 0;
		for (java.util.Iterator<org.eclipse.emf.ecore.EObject> all = again.eAllContents(); all.hasNext();) {
			if (all.next() instanceof org.claimbench.model.claims.Anchor anchor
					&& org.claimbench.dsl.source.AnchorPlaces.of(text, anchor.getQuote(), null, null, 2).size() > 1) {
				repeated++;
				assertEquals(List.of(anchor.getOffset()), org.claimbench.dsl.source.AnchorPlaces.of(text, anchor.getQuote(),
						anchor.getPrefix(), anchor.getSuffix(), 2), "the only place of " + anchor.getQuote() + " with its context");
			}
		}
		assertTrue(repeated >= 5, "the sample's repeated words (U.S., Japan, its...): " + repeated);
	}

	/** Members the statement does not name survive the trip: a group of them only stays valid. */
	@Test
	void unnamedMembersComeBack() throws Exception {
		Path sample = sample();
		Path statement = sample.resolve(STATEMENT);
		String text = Files.readString(statement);
		Files.writeString(statement, text.replaceFirst("(?m)^(group Ministers : Delegation = Kamikawa, Kihara, Blinken, Austin)",
				"group Partners : Group = unnamed \"partners\"\n$1, unnamed"));
		Document edited = original(sample);
		assertTrue(edited.getActors().stream().filter(a -> a.getName().equals("Ministers")).findFirst().orElseThrow().isUnnamedMembers());
		Document again = importValid(export(sample), besideTheImport(sample));
		assertEquals(coding(edited), coding(again));
	}

	/**
	 * INCEpTION exports a CAS with its own types beside the project's layers (tokens, sentences, its document
	 * metadata); a coder's change to a layer's feature comes back, the rest of the coding stays as it was.
	 */
	@Test
	void aCasFromInceptionWithItsOwnTypesAndACodersChangeImports() throws Exception {
		Path sample = sample();
		Path xmi = export(sample);
		TypeSystemDescription types = UIMAFramework.getXMLParser()
				.parseTypeSystemDescription(new XMLInputSource(xmi.resolveSibling("typesystem.xml").toFile()));
		types.addType("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token", "INCEpTION's tokens", CAS.TYPE_NAME_ANNOTATION);
		types.addType("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence", "INCEpTION's sentences", CAS.TYPE_NAME_ANNOTATION);
		CAS cas = CasCreationUtils.createCas(types, null, null);
		try (InputStream in = Files.newInputStream(xmi)) {
			CasIOUtils.load(in, cas);
		}
		Type token = cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token");
		java.util.regex.Matcher words = java.util.regex.Pattern.compile("\\S+").matcher(cas.getDocumentText());
		while (words.find()) {
			cas.addFsToIndexes(cas.createAnnotation(token, words.start(), words.end()));
		}
		cas.addFsToIndexes(cas.createAnnotation(cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"),
				0, cas.getDocumentText().length()));
		for (AnnotationFS quote : annotations(cas, "webanno.custom.Claim")) {
			if ("meetingSignificance".equals(quote.getStringValue(quote.getType().getFeatureByBaseName("claim")))) {
				quote.setStringValue(quote.getType().getFeatureByBaseName("note"), "Checked in INCEpTION");
			}
		}
		try (var out = Files.newOutputStream(xmi)) {
			CasIOUtils.save(cas, out, org.apache.uima.cas.SerialFormat.XMI);
		}
		assertTrue(Files.readString(xmi).contains("segmentation/type.ecore"), "the XMI carries INCEpTION's own types");
		Document again = importValid(xmi, besideTheImport(sample));
		Map<String, String> expected = coding(original(sample));
		expected.computeIfPresent("claim meetingSignificance", (k, v) -> v.replace("|null|", "|Checked in INCEpTION|"));
		assertEquals(expected, coding(again));
	}

	@Test
	void aCasWithoutTheHeaderIsRefusedWithTheLayerToCreate() throws Exception {
		Path xmi = export(sample());
		CAS cas = load(xmi);
		cas.getIndexRepository().removeAllIncludingSubtypes(cas.getTypeSystem().getType("webanno.custom.ClaimBenchDocument"));
		try (var out = Files.newOutputStream(xmi)) {
			CasIOUtils.save(cas, out, org.apache.uima.cas.SerialFormat.XMI);
		}
		Path imported = folder.resolve("x.claims");
		ClaimBenchRun run = ClaimBenchRun.of("import", xmi, "-o", imported);
		assertEquals(2, run.exitCode(), run.toString());
		assertTrue(run.err().contains("webanno.custom.ClaimBenchDocument"), run.toString());
		assertTrue(!Files.exists(imported));
	}

	/** What a coder decided, in a form that does not depend on the order of declarations or on prefixes. */
	private static Map<String, String> coding(Document document) {
		Map<String, String> coding = new TreeMap<>();
		coding.put("header", document.getName() + "|" + document.getTitle() + "|" + document.getDate() + "|"
				+ document.getPlace() + "|" + document.getSource() + "|" + document.getCoder() + "|"
				+ (document.isSetStatus() ? document.getStatus() : "") + "|" + document.getSchema().getName());
		Mentions.byActor(document).forEach((actor, anchors) -> coding.put("mentions " + actor.getName(), anchors(anchors)));
		document.getActors().forEach(a -> coding.put("actor " + a.getName(), a.getKind().getName() + "|" + a.isGroup() + "|"
				+ a.getMembers().stream().map(m -> m.getName()).toList() + (a.isUnnamedMembers() ? "+unnamed" : "") + "|" + a.getLabel() + "|" + a.getAliases() + "|"
				+ a.getAttributes().size() + "|" + anchors(a.getAnchors())));
		document.getClaims().forEach(c -> coding.put("claim " + c.getName(), c.getKind().getName() + "|"
				+ c.getHolders().stream().map(h -> h.getName()).toList() + "|" + c.getAttributes().stream()
						.map(v -> v.getAttribute().getName() + "=" + v.getValues().size()).toList()
				+ "|" + c.getNote() + "|" + anchors(c.getAnchors())));
		document.getRelations().forEach(r -> coding.merge("relations", r.getKind().getName() + " " + r.getSource().getName()
				+ "->" + r.getTarget().getName() + " " + anchors(r.getAnchors()), (x, y) -> x + ";" + y));
		coding.computeIfPresent("relations", (k, v) -> List.of(v.split(";")).stream().sorted().collect(Collectors.joining(";")));
		return coding;
	}

	private static String anchors(List<Anchor> anchors) {
		return anchors.stream().map(a -> a.getOffset() + ":" + a.getQuote()).sorted().toList().toString();
	}
}
