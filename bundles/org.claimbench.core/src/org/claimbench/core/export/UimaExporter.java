package org.claimbench.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.Relation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.serializer.ISerializer;
import org.xml.sax.SAXException;

/**
 * One annotation document as a UIMA CAS in XMI (XML 1.0) with the source text as its document text,
 * in the types of {@link InceptionTypes}, for INCEpTION. A CAS holds one text, so one document is
 * exported at a time; a claim appears only through its quotes, so a claim without one is refused.
 * Prefixes and suffixes are not carried: the offsets place the words.
 */
public class UimaExporter implements Exporter {

	private static final ClaimsPackage CLAIMS = ClaimsPackage.eINSTANCE;

	@Override
	public byte[] export(Collection<Document> documents) throws IOException {
		if (documents.size() != 1) {
			throw new IOException("a UIMA CAS holds one text: give one .claims file, not " + documents.size() + " documents ("
					+ documents.stream().map(Document::getName).collect(Collectors.joining(", ")) + ")");
		}
		Document document = documents.iterator().next();
		if (document.isRegister()) {
			throw new IOException("register " + document.getName() + " has no source text to annotate");
		}
		List<String> quoteless = document.getClaims().stream().filter(c -> c.getAnchors().isEmpty()).map(Claim::getName).toList();
		if (!quoteless.isEmpty()) {
			throw new IOException("a CAS holds claims as spans of the text, and " + String.join(", ", quoteless)
					+ (quoteless.size() == 1 ? " has" : " have") + " no quote");
		}
		SourceLoad load = SourceTexts.load(document);
		if (load.text() == null) {
			throw new IOException(load.message());
		}
		CAS cas = newCas();
		cas.setDocumentText(load.text().text());
		header(cas, document);
		for (Actor actor : document.getActors()) {
			actor(cas, actor);
		}
		for (ActorMentions mentions : document.getMentions()) {
			mentions(cas, mentions);
		}
		Map<Claim, AnnotationFS> firstQuotes = new HashMap<>();
		for (Claim claim : document.getClaims()) {
			firstQuotes.put(claim, claim(cas, claim));
		}
		for (Relation relation : document.getRelations()) {
			relation(cas, relation, firstQuotes);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CasIOUtils.save(cas, out, SerialFormat.XMI);
		return out.toByteArray();
	}

	/** The {@code typesystem.xml} INCEpTION and UIMA tools read beside the XMI. */
	public byte[] typeSystem() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			InceptionTypes.description().toXML(out);
		} catch (SAXException e) {
			throw new IOException("cannot write the type system: " + e.getMessage(), e);
		}
		return out.toByteArray();
	}

	static CAS newCas() throws IOException {
		try {
			return CasCreationUtils.createCas(InceptionTypes.description(), null, null);
		} catch (ResourceInitializationException e) {
			throw new IOException("cannot set up the UIMA type system: " + e.getMessage(), e);
		}
	}

	private static void header(CAS cas, Document document) {
		FeatureStructure header = cas.createFS(cas.getTypeSystem().getType(InceptionTypes.DOCUMENT));
		set(header, "document", document.getName());
		set(header, "title", document.getTitle());
		set(header, "date", document.getDate());
		set(header, "place", document.getPlace());
		set(header, "sourceText", document.getSource());
		set(header, "schema", written(document, CLAIMS.getDocument_Schema()));
		set(header, "coder", document.getCoder());
		set(header, "status", document.isSetStatus() ? document.getStatus().getLiteral() : null);
		cas.addFsToIndexes(header);
	}

	private static void actor(CAS cas, Actor actor) {
		FeatureStructure declaration = cas.createFS(cas.getTypeSystem().getType(InceptionTypes.ACTOR));
		set(declaration, "actor", actor.getName());
		set(declaration, "kind", written(actor, CLAIMS.getActor_Kind()));
		declaration.setBooleanValue(declaration.getType().getFeatureByBaseName("group"), actor.isGroup());
		set(declaration, "members", members(actor));
		set(declaration, "label", actor.getLabel());
		set(declaration, "aliases", actor.getAliases().isEmpty() ? null : written(actor, CLAIMS.getActor_Aliases(), " ", "alias "));
		set(declaration, "attributes", attributes(actor));
		cas.addFsToIndexes(declaration);
		Type mention = cas.getTypeSystem().getType(InceptionTypes.ACTOR_MENTION);
		for (Anchor anchor : actor.getAnchors()) {
			AnnotationFS annotation = span(cas, mention, anchor);
			set(annotation, "actor", actor.getName());
			cas.addFsToIndexes(annotation);
		}
	}

	/** The members as written after '=', with 'unnamed' where the statement implies members it does not name. */
	private static String members(Actor actor) {
		String named = written(actor, CLAIMS.getActor_Members());
		if (!actor.isUnnamedMembers()) {
			return named;
		}
		return named == null || named.isBlank() ? "unnamed" : named + ", unnamed";
	}

	/** The mentions of an actor declared elsewhere (a register's): actor mentions like those of the document's own actors. */
	private static void mentions(CAS cas, ActorMentions mentions) {
		Type mention = cas.getTypeSystem().getType(InceptionTypes.ACTOR_MENTION);
		String actor = written(mentions, CLAIMS.getActorMentions_Actor());
		for (Anchor anchor : mentions.getAnchors()) {
			AnnotationFS annotation = span(cas, mention, anchor);
			set(annotation, "actor", actor);
			cas.addFsToIndexes(annotation);
		}
	}

	private static AnnotationFS claim(CAS cas, Claim claim) {
		Type type = cas.getTypeSystem().getType(InceptionTypes.CLAIM);
		List<AnnotationFS> quotes = new ArrayList<>();
		for (Anchor anchor : claim.getAnchors()) {
			AnnotationFS quote = span(cas, type, anchor);
			set(quote, "claim", claim.getName());
			set(quote, "kind", written(claim, CLAIMS.getClaim_Kind()));
			set(quote, "holders", written(claim, CLAIMS.getClaim_Holders()));
			set(quote, "attributes", attributes(claim));
			set(quote, "note", claim.getNote());
			cas.addFsToIndexes(quote);
			quotes.add(quote);
		}
		return quotes.get(0);
	}

	private static void relation(CAS cas, Relation relation, Map<Claim, AnnotationFS> firstQuotes) {
		AnnotationFS governor = firstQuotes.get(relation.getSource());
		AnnotationFS dependent = firstQuotes.get(relation.getTarget());
		if (governor == null || dependent == null) {
			crossDocument(cas, relation, governor != null ? governor : dependent);
			return;
		}
		Type type = cas.getTypeSystem().getType(InceptionTypes.CLAIM_RELATION);
		// INCEpTION places a relation on its dependent's words.
		AnnotationFS link = cas.createAnnotation(type, dependent.getBegin(), dependent.getEnd());
		link.setFeatureValue(type.getFeatureByBaseName(InceptionTypes.GOVERNOR), governor);
		link.setFeatureValue(type.getFeatureByBaseName(InceptionTypes.DEPENDENT), dependent);
		set(link, "kind", written(relation, CLAIMS.getRelation_Kind()));
		set(link, "quotes", quotes(relation));
		cas.addFsToIndexes(link);
	}

	/** A relation with an end in another document, on the words of its end in this one. */
	private static void crossDocument(CAS cas, Relation relation, AnnotationFS local) {
		Type type = cas.getTypeSystem().getType(InceptionTypes.CROSS_DOCUMENT_RELATION);
		AnnotationFS link = local == null ? cas.createAnnotation(type, 0, 0)
				: cas.createAnnotation(type, local.getBegin(), local.getEnd());
		set(link, "kind", written(relation, CLAIMS.getRelation_Kind()));
		set(link, "source", written(relation, CLAIMS.getRelation_Source()));
		set(link, "target", written(relation, CLAIMS.getRelation_Target()));
		set(link, "quotes", quotes(relation));
		cas.addFsToIndexes(link);
	}

	/**
	 * A relation's own quotes in DSL syntax, one a line, with their prefix and suffix: a text feature keeps them, where
	 * the spans of mentions and claims cannot (the import gives those a context again where their words repeat).
	 */
	private static String quotes(Relation relation) {
		IValueConverterService converter = ClaimBenchLanguages.injector().getInstance(IValueConverterService.class);
		return relation.getAnchors().stream()
				.map(a -> "quote " + converter.toString(a.getQuote(), "STRING") + " at " + a.getOffset()
						+ (a.getPrefix() == null ? "" : " prefix " + converter.toString(a.getPrefix(), "STRING"))
						+ (a.getSuffix() == null ? "" : " suffix " + converter.toString(a.getSuffix(), "STRING")))
				.collect(Collectors.joining("\n"));
	}

	private static AnnotationFS span(CAS cas, Type type, Anchor anchor) {
		return cas.createAnnotation(type, anchor.getOffset(), anchor.getOffset() + anchor.getQuote().length());
	}

	private static void set(FeatureStructure fs, String feature, String value) {
		if (value != null && !value.isEmpty()) {
			fs.setStringValue(fs.getType().getFeatureByBaseName(feature), value);
		}
	}

	/** The attribute values as the document writes them, in DSL syntax. */
	private static String attributes(DocumentElement element) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, CLAIMS.getDocumentElement_Attributes());
		if (!nodes.isEmpty()) {
			return nodes.stream().map(NodeModelUtils::getTokenText).collect(Collectors.joining(" "));
		}
		ISerializer serializer = ClaimBenchLanguages.injector().getInstance(ISerializer.class);
		return element.getAttributes().stream().map(serializer::serialize).map(String::strip).collect(Collectors.joining(" "));
	}

	private static String written(EObject element, EStructuralFeature feature) {
		return written(element, feature, ", ", "");
	}

	/**
	 * The text the document has for a feature (names as written, qualified or not), each after {@code keyword};
	 * for an element without a node model (built in memory), the names or values themselves.
	 */
	private static String written(EObject element, EStructuralFeature feature, String separator, String keyword) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (!nodes.isEmpty()) {
			return nodes.stream().map(n -> keyword + NodeModelUtils.getTokenText(n)).collect(Collectors.joining(separator));
		}
		Object value = element.eGet(feature);
		List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
		return values.stream().map(v -> keyword + (v instanceof NamedElement named ? named.getName() : String.valueOf(v)))
				.collect(Collectors.joining(separator));
	}
}
