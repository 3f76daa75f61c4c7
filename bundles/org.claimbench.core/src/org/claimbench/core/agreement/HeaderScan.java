package org.claimbench.core.agreement;

import java.nio.file.Path;

import org.claimbench.dsl.source.DocumentHeader;
import org.claimbench.dsl.source.StatementVersions;

/**
 * Which statement a coder's document belongs to, read from its header (up to {@code schema}) without parsing the
 * document: {@code agree} groups documents by statement before it loads any, and parsing each one twice cost as much
 * as measuring. Only a guess: the header of every parsed document is checked against it ({@link StatementStream}).
 */
public final class HeaderScan {

	/** The scan cannot tell; the document must be parsed to know. Compared by identity. */
	public static final String UNKNOWN = new String("unknown");

	private HeaderScan() {
	}

	/**
	 * As {@link Statement#keyOf(org.claimbench.model.claims.Document)} would say once the file is parsed: the source
	 * text's path, null for a register, a curated document or a gold (a draft too), or UNKNOWN.
	 */
	public static String keyOf(Path file, String text) {
		if (StatementVersions.isGold(file)) {
			return null;
		}
		DocumentHeader header = DocumentHeader.read(text);
		if (header == null) {
			return UNKNOWN;
		}
		if (header.register()) {
			return null;
		}
		// Escapes would need the language's value converter: leave those few files to the parser.
		if (header.source() == null || header.source().indexOf('\\') >= 0) {
			return UNKNOWN;
		}
		return "curated".equals(header.status()) ? null : Statement.keyOf(file, header.source());
	}
}
