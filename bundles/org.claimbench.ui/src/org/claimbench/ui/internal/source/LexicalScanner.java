package org.claimbench.ui.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Colours the text by the language's own lexer: keywords, strings, comments and numbers. It always lexes
 * from the start, as a string or comment may span lines; the files are small.
 */
final class LexicalScanner implements ITokenScanner {

	private record Lexeme(int offset, int length, IToken token) {
	}

	private final DslLanguage language;
	private List<Lexeme> lexemes = List.of();
	private int next;
	private Lexeme current;

	LexicalScanner(DslLanguage language) {
		this.language = language;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		List<Lexeme> inRange = new ArrayList<>();
		for (Lexeme lexeme : lex(document.get())) {
			int end = lexeme.offset + lexeme.length;
			if (end > offset && lexeme.offset < offset + length) {
				int start = Math.max(offset, lexeme.offset);
				inRange.add(new Lexeme(start, Math.min(end, offset + length) - start, lexeme.token));
			}
		}
		lexemes = inRange;
		next = 0;
	}

	private List<Lexeme> lex(String text) {
		Lexer lexer = language.injector().getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		Map<Integer, String> names = language.get(ITokenDefProvider.class).getTokenDefMap();
		lexer.setCharStream(new ANTLRStringStream(text));
		List<Lexeme> result = new ArrayList<>();
		try {
			for (org.antlr.runtime.Token token = lexer.nextToken(); token.getType() != org.antlr.runtime.Token.EOF; token = lexer
					.nextToken()) {
				if (token instanceof CommonToken common && common.getStopIndex() >= common.getStartIndex()) {
					result.add(new Lexeme(common.getStartIndex(), common.getStopIndex() - common.getStartIndex() + 1,
							new Token(attribute(names.get(token.getType())))));
				}
			}
		} catch (RuntimeException unlexable) {
			// Text the lexer cannot recover from stays uncoloured; the validator reports it.
		}
		return result;
	}

	private static TextAttribute attribute(String tokenName) {
		if (tokenName == null) {
			return SourceColors.PLAIN;
		}
		if (tokenName.startsWith("'") && tokenName.length() > 2 && Character.isLetter(tokenName.charAt(1))) {
			return SourceColors.KEYWORD;
		}
		return switch (tokenName) {
		case "RULE_STRING" -> SourceColors.STRING;
		case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> SourceColors.COMMENT;
		case "RULE_INT", "RULE_DATE" -> SourceColors.NUMBER;
		default -> SourceColors.PLAIN;
		};
	}

	@Override
	public IToken nextToken() {
		if (next >= lexemes.size()) {
			current = null;
			return Token.EOF;
		}
		current = lexemes.get(next++);
		return current.token;
	}

	@Override
	public int getTokenOffset() {
		return current.offset;
	}

	@Override
	public int getTokenLength() {
		return current.length;
	}
}
