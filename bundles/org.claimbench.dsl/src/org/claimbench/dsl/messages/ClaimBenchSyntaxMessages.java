package org.claimbench.dsl.messages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.claimbench.model.claims.Actor;
import org.claimbench.model.claims.ActorKind;
import org.claimbench.model.claims.ActorMentions;
import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.AttributeDef;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.ClaimKind;
import org.claimbench.model.claims.ClaimsPackage;
import org.claimbench.model.claims.EnumType;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.Relation;
import org.claimbench.model.claims.RelationKind;
import org.claimbench.model.claims.Schema;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in the words of the two languages: what was expected and what was found ("Expected ':'
 * in claim 'c', found 'the'"), never the parser's token names (RULE_ID, EOF) or its "mismatched input".
 * A string left open and a malformed date are named as such.
 */
public class ClaimBenchSyntaxMessages extends SyntaxErrorMessageProvider {

	private static final Pattern CHARACTER = Pattern.compile("character '(.*?)'");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		String message = e == null ? lexerMessage(context.getDefaultMessage())
				: parserMessage(e, context.getTokenNames(), context.getCurrentContext(), context.getCurrentNode());
		return new SyntaxErrorMessage(message, Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		String text = message.getMessage() == null ? "This value cannot be read" : message.getMessage();
		return new SyntaxErrorMessage(text, message.getIssueCode(), message.getIssueData());
	}

	private static String parserMessage(RecognitionException e, String[] tokenNames, EObject context, INode node) {
		String found = TokenWords.found(e.token);
		String where = where(context);
		// An element is added to its container only when it is complete, so the nodes tell what encloses it.
		for (INode enclosing = node; where.isEmpty() && enclosing != null; enclosing = enclosing.getParent()) {
			where = where(enclosing.getSemanticElement());
		}
		if (e instanceof MismatchedTokenException mismatch && mismatch.expecting == Token.EOF) {
			Token token = e instanceof UnwantedTokenException unwanted ? unwanted.getUnexpectedToken() : e.token;
			EObject file = context != null || node == null ? context : node.getRootNode().getSemanticElement();
			return capitalized(TokenWords.found(token)) + " cannot start " + topLevel(file);
		}
		if (e instanceof UnwantedTokenException unwanted) {
			return "Unexpected " + TokenWords.found(unwanted.getUnexpectedToken()) + where + "; expected "
					+ expected(unwanted.expecting, tokenNames);
		}
		if (e instanceof MissingTokenException missing) {
			return "Missing " + expected(missing.expecting, tokenNames) + where + " before " + found;
		}
		if (e instanceof MismatchedTokenException mismatch) {
			return "Expected " + expected(mismatch.expecting, tokenNames) + where + ", found " + found;
		}
		if ((e.token == null || e.token.getType() == Token.EOF) && context == null && nothingWritten(node)) {
			return "The file is empty (or holds only comments): a .claims file begins with 'document NAME' or 'register NAME',"
					+ " a .cbschema file with 'schema NAME'";
		}
		return e.token == null || e.token.getType() == Token.EOF ? "The file ends" + where + " before it is complete"
				: capitalized(found) + " cannot stand here" + where;
	}

	/** True when the file holds nothing but blanks and comments. */
	private static boolean nothingWritten(INode node) {
		if (node == null) {
			return true;
		}
		for (ILeafNode leaf : node.getRootNode().getLeafNodes()) {
			if (!leaf.isHidden()) {
				return false;
			}
		}
		return true;
	}

	private static String expected(int type, String[] tokenNames) {
		if (type == Token.EOF) {
			return "the end of the file";
		}
		return TokenWords.expected(tokenNames != null && type >= 0 && type < tokenNames.length ? tokenNames[type] : null);
	}

	/** What may come at the top level of the file the context belongs to. */
	private static String topLevel(EObject context) {
		boolean schema = context != null && EcoreUtil.getRootContainer(context) instanceof Schema;
		return schema ? "an element of a schema, which starts with 'actor kind', 'claim kind', 'enum' or 'relation kind'"
				: "an element of a document, which starts with 'actor', 'group', 'claim' or 'relation'";
	}

	/** " in claim 'c'", " in group 'Ministers'", or nothing at the top of a file. */
	private static String where(EObject context) {
		if (context instanceof AttributeValue || context instanceof AttributeDef || context instanceof Anchor) {
			EObject owner = context.eContainer();
			return owner == null ? "" : where(owner);
		}
		if (context instanceof ActorMentions mentions) {
			// The actor's name as written: resolving the reference while the text is being parsed would link too early.
			List<INode> names = NodeModelUtils.findNodesForFeature(mentions, ClaimsPackage.Literals.ACTOR_MENTIONS__ACTOR);
			return names.isEmpty() ? " in mentions" : " in the mentions of '" + NodeModelUtils.getTokenText(names.get(0)) + "'";
		}
		String what = switch (context) {
			case Actor actor when actor.isGroup() -> "group";
			case Actor actor -> "actor";
			case Claim claim -> "claim";
			case Relation relation -> "relation";
			case ActorKind kind -> "actor kind";
			case ClaimKind kind -> "claim kind";
			case RelationKind kind -> "relation kind";
			case EnumType type -> "enum";
			case null, default -> null;
		};
		if (what == null) {
			return "";
		}
		String name = context instanceof NamedElement named ? named.getName() : null;
		return " in " + what + (name == null ? "" : " '" + name + "'");
	}

	/** The lexer's own words ("mismatched character '\n' expecting '"'") told as what is wrong in the file. */
	static String lexerMessage(String lexerMessage) {
		String text = lexerMessage == null ? "" : lexerMessage;
		if (text.contains("expecting '\"'") || text.contains("expecting '''") || text.contains("expecting '\\''")) {
			return "This string is not closed: end it with a quote on the same line (a string cannot span lines; write \\n for a line break)";
		}
		if (text.contains("expecting set '0'..'9'") || text.contains("expecting '-'")) {
			return "A date is written YYYY-MM-DD, with four digits for the year and two for the month and the day";
		}
		if (text.contains("expecting '*'") || text.contains("expecting '/'")) {
			return "This comment is not closed: end it with */";
		}
		Matcher character = CHARACTER.matcher(text);
		String shown = character.find() ? character.group(1) : "";
		return switch (shown) {
			case "<EOF>" -> "The file ends in the middle of a word";
			case "\\n", "\\r" -> "Unexpected line break";
			case "" -> "This character cannot appear here";
			default -> "The character '" + shown + "' cannot appear here";
		};
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
