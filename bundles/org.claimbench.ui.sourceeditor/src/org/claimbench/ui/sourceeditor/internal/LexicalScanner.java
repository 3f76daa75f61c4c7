package org.claimbench.ui.sourceeditor.internal;

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
 * Colours the text by the language's own lexer: keywords, strings, comments and numbers. The tokens of the
 * whole text are kept; an edit re-lexes from the start of its line (or of the comment that line starts
 * inside) only until the new tokens meet the old ones again, which {@link LexicalDamagerRepairer} takes as
 * the region to repaint. (Strings stay on one line; comments may span many.)
 */
final class LexicalScanner implements ITokenScanner {

	record Lexeme(int offset, int length, IToken token) {
		int end() {
			return offset + length;
		}
	}

	private final DslLanguage language;
	/** The tokens of {@link #lexed}, tiling it from the start (the lexer's hidden whitespace included). */
	private List<Lexeme> tokens = new ArrayList<>();
	private IDocument lexed;
	private int lexedLength = -1;
	private List<Lexeme> inRange = List.of();
	private int next;
	private Lexeme current;

	LexicalScanner(DslLanguage language) {
		this.language = language;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		if (document != lexed || document.getLength() != lexedLength) {
			relexAll(document);
		}
		List<Lexeme> result = new ArrayList<>();
		for (int i = firstEndingAfter(offset); i < tokens.size() && tokens.get(i).offset < offset + length; i++) {
			Lexeme lexeme = tokens.get(i);
			int start = Math.max(offset, lexeme.offset);
			result.add(new Lexeme(start, Math.min(lexeme.end(), offset + length) - start, lexeme.token));
		}
		inRange = result;
		next = 0;
	}

	private void relexAll(IDocument document) {
		tokens = lex(document.get(), 0, -1, List.of());
		lexed = document;
		lexedLength = document.getLength();
	}

	/**
	 * Brings the tokens up to date with an edit already made to the document: {@code offset} and
	 * {@code replacedLength} as the document event gives them, {@code insertedLength} the new text's length.
	 * Returns the first and last offset (exclusive) of the new text whose tokens changed.
	 */
	int[] update(IDocument document, int offset, int replacedLength, int insertedLength) {
		if (document != lexed || lexedLength + insertedLength - replacedLength != document.getLength()) {
			relexAll(document);
			return new int[] { 0, document.getLength() };
		}
		int delta = insertedLength - replacedLength;
		int restart;
		try {
			restart = document.getLineOffset(document.getLineOfOffset(offset));
		} catch (org.eclipse.jface.text.BadLocationException e) {
			restart = 0;
		}
		// A comment that spans the line's start is lexed again from its own start.
		int spanning = firstEndingAfter(restart);
		if (spanning < tokens.size() && tokens.get(spanning).offset < restart) {
			restart = tokens.get(spanning).offset;
		}
		int keptBefore = firstEndingAfter(restart);
		restart = keptBefore < tokens.size() ? Math.min(restart, tokens.get(keptBefore).offset) : restart;
		// Old tokens starting at or after the edit's end, shifted to the new text, are where lexing may stop.
		List<Lexeme> after = new ArrayList<>();
		for (int i = keptBefore; i < tokens.size(); i++) {
			Lexeme old = tokens.get(i);
			if (old.offset >= offset + replacedLength) {
				after.add(new Lexeme(old.offset + delta, old.length, old.token));
			}
		}
		List<Lexeme> relexed = lex(document.get(), restart, offset + insertedLength, after);
		List<Lexeme> updated = new ArrayList<>(tokens.subList(0, keptBefore));
		updated.addAll(relexed);
		int end = relexed.isEmpty() ? restart : relexed.get(relexed.size() - 1).end();
		int resume = 0;
		while (resume < after.size() && after.get(resume).offset < end) {
			resume++;
		}
		updated.addAll(after.subList(resume, after.size()));
		tokens = updated;
		lexedLength = document.getLength();
		return new int[] { restart, Math.max(end, offset + insertedLength) };
	}

	/** The index of the first token that ends after the offset. */
	private int firstEndingAfter(int offset) {
		int low = 0;
		int high = tokens.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (tokens.get(middle).end() <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * Lexes from {@code start}; once past {@code mustReach}, stops at the first token that starts where one of
	 * the {@code known} tokens (sorted) starts with the same colour: from there on the old tokens hold.
	 */
	private List<Lexeme> lex(String text, int start, int mustReach, List<Lexeme> known) {
		Lexer lexer = language.injector().getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		Map<Integer, String> names = language.get(ITokenDefProvider.class).getTokenDefMap();
		ANTLRStringStream stream = new ANTLRStringStream(text);
		lexer.setCharStream(stream);
		stream.seek(start);
		List<Lexeme> result = new ArrayList<>();
		int k = 0;
		try {
			for (org.antlr.runtime.Token token = lexer.nextToken(); token.getType() != org.antlr.runtime.Token.EOF; token = lexer
					.nextToken()) {
				if (token instanceof CommonToken common && common.getStopIndex() >= common.getStartIndex()) {
					int offset = common.getStartIndex();
					IToken colour = new Token(attribute(names.get(token.getType())));
					if (mustReach >= 0 && offset >= mustReach) {
						while (k < known.size() && known.get(k).offset < offset) {
							k++;
						}
						if (k < known.size() && known.get(k).offset == offset
								&& known.get(k).token.getData().equals(colour.getData())) {
							return result;
						}
					}
					result.add(new Lexeme(offset, common.getStopIndex() - offset + 1, colour));
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
		if (next >= inRange.size()) {
			current = null;
			return Token.EOF;
		}
		current = inRange.get(next++);
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
