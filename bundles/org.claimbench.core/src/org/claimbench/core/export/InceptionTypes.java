package org.claimbench.core.export;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;

/**
 * The UIMA types a ClaimBench document becomes, named and shaped as INCEpTION's custom layers are
 * ({@code webanno.custom.*}): claims and actor mentions are span layers, relations a relation layer
 * attached to claims with {@code Governor} and {@code Dependent}, and what has no place in the text
 * (the header, the actors' declarations) document metadata layers. Mentions of actors the document
 * does not declare (a register's, from its {@code mentions} blocks) are actor mentions too. A relation
 * to or from a claim of another document has no second end in this CAS: it is a span layer on the
 * local claim's first quote. References to kinds, holders, members and claims are the names as the
 * document writes them, so that a kind from an imported schema keeps its qualified name.
 */
public final class InceptionTypes {

	public static final String CLAIM = "webanno.custom.Claim";
	public static final String ACTOR_MENTION = "webanno.custom.ActorMention";
	public static final String CLAIM_RELATION = "webanno.custom.ClaimRelation";
	public static final String CROSS_DOCUMENT_RELATION = "webanno.custom.CrossDocumentRelation";
	public static final String DOCUMENT = "webanno.custom.ClaimBenchDocument";
	public static final String ACTOR = "webanno.custom.ClaimBenchActor";

	/** Relation layers: INCEpTION's fixed names for the two ends. */
	public static final String GOVERNOR = "Governor";
	public static final String DEPENDENT = "Dependent";

	private InceptionTypes() {
	}

	public static TypeSystemDescription description() {
		TypeSystemDescription types = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		types.setName("ClaimBench");
		types.setDescription("ClaimBench documents as INCEpTION custom layers (claimbench export --to uima).");
		TypeDescription claim = types.addType(CLAIM, "A claim's quote: one annotation per quote, all with the claim's name.",
				CAS.TYPE_NAME_ANNOTATION);
		text(claim, "claim", "The claim's name in the document (the same on each of its quotes).");
		text(claim, "kind", "The claim kind, as the document names it.");
		text(claim, "holders", "Who holds the claim: actor names separated by commas.");
		text(claim, "attributes", "The claim's attribute values in ClaimBench DSL syntax (subject NorthKorea valence negative).");
		text(claim, "note", "The claim's note.");
		TypeDescription mention = types.addType(ACTOR_MENTION, "Where the text names an actor.", CAS.TYPE_NAME_ANNOTATION);
		text(mention, "actor", "The actor's name in the document.");
		TypeDescription relation = types.addType(CLAIM_RELATION, "A relation from one claim to another; it spans the dependent's words.",
				CAS.TYPE_NAME_ANNOTATION);
		relation.addFeature(GOVERNOR, "The claim the relation goes from (its first quote).", CLAIM);
		relation.addFeature(DEPENDENT, "The claim the relation goes to (its first quote).", CLAIM);
		text(relation, "kind", "The relation kind, as the document names it.");
		text(relation, "quotes", "The relation's own quotes (its cue words), in ClaimBench DSL syntax (quote \"including\" at 842).");
		TypeDescription crossing = types.addType(CROSS_DOCUMENT_RELATION, "A relation to or from a claim of another document "
				+ "(an earlier statement); it spans the first quote of its end in this document.", CAS.TYPE_NAME_ANNOTATION);
		text(crossing, "kind", "The relation kind, as the document names it.");
		text(crossing, "source", "The claim the relation goes from, as the document names it (qualified when in another document).");
		text(crossing, "target", "The claim the relation goes to, as the document names it (qualified when in another document).");
		text(crossing, "quotes", "The relation's own quotes, in ClaimBench DSL syntax.");
		TypeDescription document = types.addType(DOCUMENT, "The document's header.", CAS.TYPE_NAME_ANNOTATION_BASE);
		text(document, "document", "The document's name.");
		text(document, "title", "Its title.");
		text(document, "date", "The statement's date, YYYY-MM-DD.");
		text(document, "place", "Where the statement was made.");
		text(document, "sourceText", "The source text's path as the document names it.");
		text(document, "schema", "The schema the document is coded against.");
		text(document, "coder", "Who coded this version of the statement.");
		text(document, "status", "The coding's status: draft or complete.");
		TypeDescription actor = types.addType(ACTOR, "An actor's declaration; its mentions are ActorMention annotations.",
				CAS.TYPE_NAME_ANNOTATION_BASE);
		text(actor, "actor", "The actor's name.");
		text(actor, "kind", "The actor kind, as the document names it.");
		actor.addFeature("group", "Whether the actor is a group of others.", CAS.TYPE_NAME_BOOLEAN);
		text(actor, "members", "A group's members: actor names separated by commas.");
		text(actor, "label", "The actor's label.");
		text(actor, "aliases", "Other names of the actor, in ClaimBench DSL syntax (alias \"DPRK\" alias \"Pyongyang\").");
		text(actor, "attributes", "The actor's attribute values in ClaimBench DSL syntax.");
		return types;
	}

	private static void text(TypeDescription type, String name, String description) {
		type.addFeature(name, description, CAS.TYPE_NAME_STRING);
	}
}
