package org.claimbench.ui.crashdriver;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.claimbench.model.claims.Anchor;
import org.claimbench.model.claims.AttributeValue;
import org.claimbench.model.claims.BooleanValue;
import org.claimbench.model.claims.Claim;
import org.claimbench.model.claims.DateValue;
import org.claimbench.model.claims.Document;
import org.claimbench.model.claims.NamedElement;
import org.claimbench.model.claims.NumberValue;
import org.claimbench.model.claims.ReferenceValue;
import org.claimbench.model.claims.TextValue;
import org.claimbench.model.claims.Value;

/**
 * The claims of a document as a user sees them (name, kind, holders, quoted words, attribute values), one line per
 * claim, and a fingerprint of those lines. The driver fingerprints the live model after each edit it makes; after
 * the restart the restored model, parsed from the journal's text, must have one of those fingerprints. Built from the
 * model rather than the DSL text, so that a state counts as restored when what the editor shows is the same, however
 * the text was written.
 */
final class ModelListing {

	private ModelListing() {
	}

	static List<String> lines(Document document) {
		List<String> lines = new ArrayList<>();
		if (document == null) {
			return lines;
		}
		for (Claim claim : document.getClaims()) {
			StringBuilder line = new StringBuilder(claim.getName()).append(" : ")
					.append(claim.getKind() == null ? "?" : claim.getKind().getName());
			line.append(" by ").append(claim.getHolders().stream().map(ModelListing::name).collect(Collectors.joining(",")));
			for (AttributeValue attribute : claim.getAttributes()) {
				line.append(" | ").append(attribute.getAttribute() == null ? "?" : attribute.getAttribute().getName())
						.append(attribute.isUnstated() ? " unstated" : "").append(" = ")
						.append(attribute.getValues().stream().map(ModelListing::value).collect(Collectors.joining(", ")));
			}
			for (Anchor anchor : claim.getAnchors()) {
				// A quote may span paragraphs; the listing keeps one line per claim.
				line.append(" | quote \"").append(String.valueOf(anchor.getQuote()).replace("\n", "\\n")).append("\" at ")
						.append(anchor.isSetOffset() ? String.valueOf(anchor.getOffset()) : "?");
			}
			lines.add(line.toString());
		}
		return lines;
	}

	static String fingerprint(List<String> lines) {
		return sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	private static String name(NamedElement element) {
		return element == null ? "?" : element.getName();
	}

	private static String value(Value value) {
		if (value instanceof TextValue text) {
			return "\"" + text.getValue() + "\"";
		} else if (value instanceof NumberValue number) {
			return number.getValue() == null ? "?" : number.getValue().toPlainString();
		} else if (value instanceof BooleanValue bool) {
			return String.valueOf(bool.isValue());
		} else if (value instanceof DateValue date) {
			return date.getValue();
		} else if (value instanceof ReferenceValue reference) {
			return name(reference.getTarget());
		}
		return value == null ? "?" : value.eClass().getName();
	}
}
