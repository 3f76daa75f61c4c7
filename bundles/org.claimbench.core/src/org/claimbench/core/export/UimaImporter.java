package org.claimbench.core.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.CasLoadMode;
import org.claimbench.core.ClaimBenchLanguages;
import org.claimbench.core.Diagnostic;
import org.claimbench.core.ProblemCodes;
import org.claimbench.dsl.source.UniqueContext;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.conversion.IValueConverterService;

/**
 * Turns a UIMA CAS XMI in the types of {@link InceptionTypes} (as {@code export --to uima} writes
 * it, or as INCEpTION exports it after a team worked on it) back into an annotation document. Types
 * INCEpTION adds (tokens, sentences, its own metadata) are ignored. Claims are gathered by the name
 * on their quotes; an actor mention or claim quote names its actor or claim by that name. Mentions of
 * an actor the CAS does not declare (a register's) become a {@code mentions} block.
 */
public class UimaImporter {

	/** The DSL text, the source text's path as the document names it, the CAS's text, or the problems. */
	public record Result(String text, String sourcePath, String sourceText, List<Diagnostic> problems) {

		public boolean ok() {
			return text != null;
		}
	}

	/** Whether {@code xmi} is a UIMA CAS, which ClaimBench's own XMI never is. */
	public static boolean isCas(Path xmi) {
		try (InputStream in = Files.newInputStream(xmi)) {
			String start = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
			return start.contains("http:///uima/cas.ecore");
		} catch (IOException e) {
			return false;
		}
	}

	private final IValueConverterService converter = ClaimBenchLanguages.injector().getInstance(IValueConverterService.class);

	public Result importDocument(Path xmi) {
		List<Diagnostic> problems = new ArrayList<>();
		CAS cas;
		try (InputStream in = Files.newInputStream(xmi)) {
			cas = UimaExporter.newCas();
			// Lenient: INCEpTION's own types (tokens, sentences, metadata) have no ClaimBench meaning.
			CasIOUtils.load(in, null, cas, CasLoadMode.LENIENT);
		} catch (IOException | RuntimeException e) {
			problems.add(Diagnostic.ofFile(xmi, ProblemCodes.MALFORMED_XMI, "cannot read the UIMA CAS: " + XmiImporter.message(e)));
			return new Result(null, null, null, problems);
		}
		Type headerType = cas.getTypeSystem().getType(InceptionTypes.DOCUMENT);
		List<FeatureStructure> headers = new ArrayList<>();
		cas.getIndexRepository().getAllIndexedFS(headerType).forEachRemaining(headers::add);
		if (headers.size() != 1) {
			problems.add(Diagnostic.ofFile(xmi, ProblemCodes.FOREIGN_XMI, "expected one " + InceptionTypes.DOCUMENT
					+ " (the document's header; in INCEpTION a document metadata layer), found " + headers.size()));
			return new Result(null, null, null, problems);
		}
		FeatureStructure header = headers.get(0);
		String text = documentText(cas, header);
		URI uri = URI.createFileURI(xmi.toAbsolutePath().resolveSibling(get(header, "document") + "."
				+ ClaimBenchLanguages.DOCUMENT_EXTENSION).toString());
		try {
			String broken = XmiImporter.syntaxError(text, uri);
			if (broken != null) {
				problems.add(Diagnostic.ofFile(xmi, ProblemCodes.NOT_SERIALIZABLE, "cannot write the document as DSL text: " + broken));
				return new Result(null, null, null, problems);
			}
		} catch (IOException e) {
			problems.add(Diagnostic.ofFile(xmi, ProblemCodes.NOT_SERIALIZABLE, XmiImporter.message(e)));
			return new Result(null, null, null, problems);
		}
		return new Result(text, get(header, "sourceText"), cas.getDocumentText(), problems);
	}

	private String documentText(CAS cas, FeatureStructure header) {
		StringBuilder out = new StringBuilder("document ").append(get(header, "document"));
		optional(out, "title", string(get(header, "title")));
		optional(out, "date", get(header, "date"));
		optional(out, "place", string(get(header, "place")));
		out.append(" source ").append(string(get(header, "sourceText")));
		optional(out, "coder", string(get(header, "coder")));
		optional(out, "status", get(header, "status"));
		out.append(" schema ").append(get(header, "schema")).append("\n\n");
		Map<String, List<AnnotationFS>> mentions = byName(cas, InceptionTypes.ACTOR_MENTION, "actor");
		Type actorType = cas.getTypeSystem().getType(InceptionTypes.ACTOR);
		List<FeatureStructure> actors = new ArrayList<>();
		cas.getIndexRepository().getAllIndexedFS(actorType).forEachRemaining(actors::add);
		for (FeatureStructure actor : actors) {
			actor(out, actor, mentions.getOrDefault(get(actor, "actor"), List.of()));
			mentions.remove(get(actor, "actor"));
		}
		mentions.forEach((actor, spans) -> {
			out.append("mentions ").append(actor);
			block(out, spans.stream().map(m -> "mention " + anchor(m)).toList());
		});
		Map<String, List<AnnotationFS>> claims = byName(cas, InceptionTypes.CLAIM, "claim");
		Map<AnnotationFS, String> claimOfQuote = new LinkedHashMap<>();
		claims.forEach((name, quotes) -> quotes.forEach(q -> claimOfQuote.put(q, name)));
		out.append("\n");
		claims.forEach((name, quotes) -> claim(out, name, quotes));
		Type relationType = cas.getTypeSystem().getType(InceptionTypes.CLAIM_RELATION);
		Feature governor = relationType.getFeatureByBaseName(InceptionTypes.GOVERNOR);
		Feature dependent = relationType.getFeatureByBaseName(InceptionTypes.DEPENDENT);
		List<AnnotationFS> relations = new ArrayList<>();
		cas.<AnnotationFS> getAnnotationIndex(relationType).forEach(relations::add);
		List<AnnotationFS> crossing = new ArrayList<>();
		cas.<AnnotationFS> getAnnotationIndex(cas.getTypeSystem().getType(InceptionTypes.CROSS_DOCUMENT_RELATION)).forEach(crossing::add);
		if (!relations.isEmpty() || !crossing.isEmpty()) {
			out.append("\n");
		}
		for (AnnotationFS relation : relations) {
			relation(out, get(relation, "kind"), claimOfQuote.get((AnnotationFS) relation.getFeatureValue(governor)),
					claimOfQuote.get((AnnotationFS) relation.getFeatureValue(dependent)), get(relation, "quotes"));
		}
		for (AnnotationFS relation : crossing) {
			relation(out, get(relation, "kind"), get(relation, "source"), get(relation, "target"), get(relation, "quotes"));
		}
		return out.toString();
	}

	private static void relation(StringBuilder out, String kind, String source, String target, String quotes) {
		out.append("relation ").append(kind).append(' ').append(source).append(" -> ").append(target);
		block(out, quotes == null ? List.of() : List.of(quotes.split("\n")));
	}

	private void actor(StringBuilder out, FeatureStructure actor, List<AnnotationFS> mentions) {
		boolean group = actor.getBooleanValue(actor.getType().getFeatureByBaseName("group"));
		out.append(group ? "group " : "actor ").append(get(actor, "actor"));
		optional(out, ":", get(actor, "kind"));
		if (group) {
			optional(out, "=", get(actor, "members"));
		}
		optional(out, "", string(get(actor, "label")));
		List<String> body = new ArrayList<>();
		addIfPresent(body, get(actor, "attributes"));
		mentions.forEach(m -> body.add("mention " + anchor(m)));
		addIfPresent(body, get(actor, "aliases"));
		block(out, body);
	}

	private void claim(StringBuilder out, String name, List<AnnotationFS> quotes) {
		AnnotationFS first = quotes.get(0);
		out.append("claim ").append(name).append(" : ").append(get(first, "kind"));
		optional(out, "by", get(first, "holders"));
		List<String> body = new ArrayList<>();
		addIfPresent(body, get(first, "attributes"));
		quotes.forEach(q -> body.add("quote " + anchor(q)));
		String note = get(first, "note");
		if (note != null) {
			body.add("note " + string(note));
		}
		block(out, body);
	}

	/**
	 * A span as an anchor. A CAS has no place for an anchor's prefix and suffix, so words that occur more than once get
	 * the shortest context that tells their place apart again, as {@code claimbench anchor} gives it: without it, an
	 * edit of the text could move them onto a namesake unnoticed.
	 */
	private String anchor(AnnotationFS span) {
		String quote = span.getCoveredText();
		StringBuilder anchor = new StringBuilder(string(quote)).append(" at ").append(span.getBegin());
		UniqueContext.of(span.getCAS().getDocumentText(), quote, span.getBegin(), null, null).ifPresent(context -> {
			if (!context.prefix().isEmpty()) {
				anchor.append(" prefix ").append(string(context.prefix()));
			}
			if (!context.suffix().isEmpty()) {
				anchor.append(" suffix ").append(string(context.suffix()));
			}
		});
		return anchor.toString();
	}

	private static void block(StringBuilder out, List<String> body) {
		if (body.isEmpty()) {
			out.append("\n");
			return;
		}
		out.append(" {\n");
		body.forEach(line -> out.append('\t').append(line).append('\n'));
		out.append("}\n");
	}

	/** The annotations of a type grouped by the name they carry, in text order; unnamed ones are dropped. */
	private static Map<String, List<AnnotationFS>> byName(CAS cas, String typeName, String feature) {
		Map<String, List<AnnotationFS>> named = new LinkedHashMap<>();
		List<AnnotationFS> all = new ArrayList<>();
		cas.<AnnotationFS> getAnnotationIndex(cas.getTypeSystem().getType(typeName)).forEach(all::add);
		all.sort(Comparator.comparingInt(AnnotationFS::getBegin).thenComparingInt(AnnotationFS::getEnd));
		for (AnnotationFS annotation : all) {
			String name = get(annotation, feature);
			if (name != null) {
				named.computeIfAbsent(name, n -> new ArrayList<>()).add(annotation);
			}
		}
		return named;
	}

	private static void optional(StringBuilder out, String keyword, String value) {
		if (value != null) {
			out.append(' ').append(keyword.isEmpty() ? "" : keyword + " ").append(value);
		}
	}

	private static void addIfPresent(List<String> body, String value) {
		if (value != null) {
			body.add(value);
		}
	}

	private String string(String value) {
		return value == null ? null : converter.toString(value, "STRING");
	}

	private static String get(FeatureStructure fs, String feature) {
		String value = fs.getStringValue(fs.getType().getFeatureByBaseName(feature));
		return value == null || value.isBlank() ? null : value;
	}
}
