package org.claimbench.core.export;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimbench.dsl.source.Mentions;
import org.claimbench.dsl.source.SourceLoad;
import org.claimbench.dsl.source.SourceTexts;
import org.claimbench.dsl.schema.SchemaQueries;
import org.claimbench.dsl.schema.ValueText;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.DocumentElement;
import org.claimbench.model.claims.Relation;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;

/**
 * W3C Web Annotation (JSON-LD): one annotation per anchor, its bodies saying what the words are (kind,
 * holders, attribute values), and one linking annotation per relation from the source claim's annotation
 * to the target claim's, collected per document. The target carries both a TextQuoteSelector and a
 * TextPositionSelector. The standard counts positions in
 * Unicode code points, ClaimBench in UTF-16 code units, so positions are converted with the
 * source text; context missing from an anchor is taken from the source text too.
 */
public class WebAnnotationExporter implements Exporter {

	private static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
	private static final int CONTEXT_LENGTH = 32;
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private final URI sourceBase;

	/** Names each source text by its file: URI on this machine. */
	public WebAnnotationExporter() {
		this(null);
	}

	/**
	 * Names each source text by the base plus the document's source path, so published annotations point at
	 * where the statements are published rather than at a folder of the exporting machine.
	 */
	public WebAnnotationExporter(URI sourceBase) {
		this.sourceBase = sourceBase;
	}

	@Override
	public byte[] export(Collection<Document> documents) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (AnnotationCollections collections = collections(out, documents.size())) {
			for (Document document : documents) {
				collections.add(document);
			}
		}
		return out.toByteArray();
	}

	/**
	 * The export written document by document, for documents too many to hold at once: one collection alone, an
	 * array of them for several (their number is known before the first), the same text as {@link #export}.
	 */
	public AnnotationCollections collections(OutputStream out, int documents) throws IOException {
		return new AnnotationCollections(out, documents);
	}

	/** The collections written so far; closing ends the JSON and flushes it, leaving the stream open. */
	public final class AnnotationCollections implements Closeable {

		private final Writer text;
		private final JsonWriter json;
		private final boolean several;
		/** How often each document name has come, so that two documents of one name do not share annotation IRIs. */
		private final Map<String, Integer> seen = new HashMap<>();

		private AnnotationCollections(OutputStream out, int documents) throws IOException {
			text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			json = GSON.newJsonWriter(text);
			several = documents != 1;
			if (several) {
				json.beginArray();
			}
		}

		public void add(Document document) {
			int nth = seen.merge(String.valueOf(document.getName()), 1, Integer::sum);
			GSON.toJson(collection(document, "urn:claimbench:" + document.getName() + (nth > 1 ? "~" + nth : "")), json);
		}

		@Override
		public void close() throws IOException {
			if (several) {
				json.endArray();
			}
			json.flush();
			text.write("\n");
			text.flush();
		}
	}

	private String published(String sourcePath) {
		try {
			// The base names a folder: without a final slash, resolving would replace its last segment.
			URI folder = sourceBase.getPath() != null && !sourceBase.getPath().endsWith("/")
					? new URI(sourceBase.getScheme(), sourceBase.getAuthority(), sourceBase.getPath() + "/", null, null)
					: sourceBase;
			// A URI of the path alone percent-encodes spaces and the like before it is resolved.
			return folder.resolve(new URI(null, null, sourcePath.replace('\\', '/'), null)).toString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("the source path " + sourcePath + " cannot be part of a URI: " + e.getMessage(), e);
		}
	}

	private JsonObject collection(Document document, String base) {
		SourceLoad load = SourceTexts.load(document);
		// Without a readable source (only with --force) the selectors keep the anchor's own data.
		String text = load.isLoaded() ? load.text().text() : null;
		String source = sourceBase != null ? published(document.getSource())
				: load.uri() == null ? document.getSource()
				: load.uri().isFile() ? Path.of(load.uri().toFileString()).toUri().toString() : load.uri().toString();
		JsonArray items = new JsonArray();
		// Actors with their mentions in this statement, a register's actors included.
		Mentions.byActor(document).forEach(
				(actor, mentions) -> addAnnotations(items, base, source, text, actor, mentions, describe(actor), "identifying"));
		for (Claim claim : document.getClaims()) {
			addAnnotations(items, base, source, text, claim, claim.getAnchors(), describe(claim), "classifying");
		}
		int index = 0;
		for (Relation relation : document.getRelations()) {
			items.add(link(base + ":relation:" + index++, base, source, text, relation));
		}
		JsonObject collection = new JsonObject();
		collection.addProperty("@context", CONTEXT);
		collection.addProperty("id", base);
		collection.addProperty("type", "AnnotationCollection");
		collection.addProperty("label", document.getTitle() != null ? document.getTitle() : document.getName());
		collection.add("generator", generator());
		collection.addProperty("total", items.size());
		// A page holds one annotation or more: a document without any has a collection and no page.
		if (!items.isEmpty()) {
			JsonObject page = new JsonObject();
			page.addProperty("id", base + ":page:0");
			page.addProperty("type", "AnnotationPage");
			page.addProperty("startIndex", 0);
			page.add("items", items);
			collection.add("first", page);
		}
		return collection;
	}

	private void addAnnotations(JsonArray items, String base, String source, String text, DocumentElement element,
			List<Anchor> anchors, String description, String purpose) {
		for (int i = 0; i < anchors.size(); i++) {
			String id = base + ":" + element.getName() + ":" + i;
			JsonObject annotation = annotation(id, source, text, anchors.get(i), description, purpose);
			JsonArray bodies = new JsonArray();
			bodies.add(annotation.get("body"));
			// The holders and attribute values, each a body of its own that says what it describes.
			if (element instanceof Claim claim && !claim.getHolders().isEmpty()) {
				bodies.add(textualBody("held by " + claim.getHolders().stream().map(Actor::getName).collect(Collectors.joining(", ")),
						"describing"));
			}
			for (AttributeValue value : element.getAttributes()) {
				bodies.add(textualBody(attributeText(value), "describing"));
			}
			annotation.add("body", bodies.size() == 1 ? bodies.get(0) : bodies);
			items.add(annotation);
		}
	}

	/** The IRI that stands for a claim: its first annotation's, or the claim's own when it quotes nothing. */
	private static String claimIri(String base, Claim claim) {
		return claim == null ? base : base + ":" + claim.getName() + (claim.getAnchors().isEmpty() ? "" : ":0");
	}

	/**
	 * A relation as a linking annotation: its target is the source claim's annotation (and the words that
	 * express the relation, where quoted), its body the target claim's annotation and the relation kind.
	 */
	private JsonObject link(String id, String base, String source, String text, Relation relation) {
		JsonObject annotation = new JsonObject();
		annotation.addProperty("@context", CONTEXT);
		annotation.addProperty("id", id);
		annotation.addProperty("type", "Annotation");
		annotation.addProperty("motivation", "linking");
		JsonArray bodies = new JsonArray();
		JsonObject linked = new JsonObject();
		linked.addProperty("type", "SpecificResource");
		linked.addProperty("source", claimIri(base, relation.getTarget()));
		linked.addProperty("purpose", "linking");
		bodies.add(linked);
		bodies.add(textualBody(describe(relation), "describing"));
		annotation.add("body", bodies);
		JsonArray targets = new JsonArray();
		targets.add(claimIri(base, relation.getSource()));
		for (Anchor anchor : relation.getAnchors()) {
			JsonObject words = new JsonObject();
			words.addProperty("type", "SpecificResource");
			words.addProperty("source", source);
			JsonArray selectors = new JsonArray();
			selectors.add(quoteSelector(anchor, text));
			selectors.add(positionSelector(anchor, text));
			words.add("selector", selectors);
			targets.add(words);
		}
		annotation.add("target", targets.size() == 1 ? targets.get(0) : targets);
		return annotation;
	}

	private static JsonObject textualBody(String value, String purpose) {
		JsonObject body = new JsonObject();
		body.addProperty("type", "TextualBody");
		body.addProperty("purpose", purpose);
		body.addProperty("format", "text/plain");
		body.addProperty("value", value);
		return body;
	}

	private static String attributeText(AttributeValue value) {
		String name = value.getAttribute() == null || value.getAttribute().eIsProxy() ? "?" : value.getAttribute().getName();
		return name + ": " + value.getValues().stream().map(ValueText::plain).collect(Collectors.joining(", "));
	}

	/** Who made the annotations: ClaimBench, as the model's generator. */
	private static JsonObject generator() {
		JsonObject generator = new JsonObject();
		generator.addProperty("id", "urn:claimbench");
		generator.addProperty("type", "Software");
		generator.addProperty("name", "ClaimBench");
		return generator;
	}

	private JsonObject annotation(String id, String source, String text, Anchor anchor, String description,
			String purpose) {
		JsonObject annotation = new JsonObject();
		annotation.addProperty("@context", CONTEXT);
		annotation.addProperty("id", id);
		annotation.addProperty("type", "Annotation");
		annotation.addProperty("motivation", purpose);
		annotation.add("body", textualBody(description, purpose));
		JsonObject target = new JsonObject();
		target.addProperty("source", source);
		JsonArray selectors = new JsonArray();
		selectors.add(quoteSelector(anchor, text));
		selectors.add(positionSelector(anchor, text));
		target.add("selector", selectors);
		annotation.add("target", target);
		return annotation;
	}

	private static JsonObject quoteSelector(Anchor anchor, String text) {
		JsonObject selector = new JsonObject();
		selector.addProperty("type", "TextQuoteSelector");
		selector.addProperty("exact", anchor.getQuote());
		String prefix = anchor.getPrefix();
		String suffix = anchor.getSuffix();
		if (text != null && anchor.getOffset() >= 0 && anchor.end() <= text.length()) {
			if (prefix == null) {
				prefix = text.substring(Math.max(0, anchor.getOffset() - CONTEXT_LENGTH), anchor.getOffset());
			}
			if (suffix == null) {
				suffix = text.substring(anchor.end(), Math.min(text.length(), anchor.end() + CONTEXT_LENGTH));
			}
		}
		if (prefix != null) {
			selector.addProperty("prefix", prefix);
		}
		if (suffix != null) {
			selector.addProperty("suffix", suffix);
		}
		return selector;
	}

	private static JsonObject positionSelector(Anchor anchor, String text) {
		int start = anchor.getOffset();
		int end = anchor.end();
		if (text != null && start >= 0 && end <= text.length()) {
			start = text.codePointCount(0, start);
			end = start + text.codePointCount(anchor.getOffset(), anchor.end());
		}
		JsonObject selector = new JsonObject();
		selector.addProperty("type", "TextPositionSelector");
		selector.addProperty("start", start);
		selector.addProperty("end", end);
		return selector;
	}


	private static String describe(Actor actor) {
		String kind = actor.getKind() != null ? " (" + actor.getKind().getName() + ")" : "";
		return (actor.isGroup() ? "group " : "actor ") + actor.getName() + kind;
	}

	private static String describe(Claim claim) {
		String kind = claim.getKind() == null ? "claim" : claim.getKind().getName();
		String category = claim.getKind() == null ? null : SchemaQueries.categoryName(claim.getKind());
		String holders = claim.getHolders().stream().map(Actor::getName).collect(Collectors.joining(", "));
		return kind + (category != null ? " (" + category + ")" : "") + " claim " + claim.getName()
				+ (holders.isEmpty() ? "" : " held by " + holders);
	}

	private static String describe(Relation relation) {
		return (relation.getKind() == null ? "relation" : relation.getKind().getName()) + ": "
				+ name(relation.getSource()) + " -> " + name(relation.getTarget());
	}

	private static String name(Claim claim) {
		return claim == null ? "?" : claim.getName();
	}
}
