package org.claimbench.dsl.conversion;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.claimbench.model.claims.DocumentStatus;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Converts the Decimal, AttributeName and DocumentStatus datatype rules and writes strings without needless escapes; the
 * other rules use Xtext's defaults.
 */
public class ClaimBenchValueConverters extends DefaultTerminalConverters {

	@Inject
	private DoubleQuotedStrings strings;

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return strings;
	}

	/**
	 * Whole numbers (offsets, schema versions): one too large for an int gets a message rather than the parser's
	 * "For input string" (its Java exception's text).
	 */
	@Override
	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		IValueConverter<Integer> base = super.INT();
		return new IValueConverter<>() {
			@Override
			public Integer toValue(String string, INode node) {
				if (string != null && string.chars().allMatch(Character::isDigit)
						&& new BigDecimal(string.isEmpty() ? "0" : string).compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
					throw new ValueConverterException("The number " + string + " is too large; a whole number here is at most "
							+ Integer.MAX_VALUE + ".", node, null);
				}
				return base.toValue(string, node);
			}

			@Override
			public String toString(Integer value) {
				return base.toString(value);
			}
		};
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new IValueConverter<>() {
			@Override
			public BigDecimal toValue(String string, INode node) {
				if (string == null || string.isBlank()) {
					throw new ValueConverterException("A number is expected here.", node, null);
				}
				try {
					return new BigDecimal(string.replaceAll("\\s", ""));
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + string + "' is not a number.", node, e);
				}
			}

			@Override
			public String toString(BigDecimal value) {
				return value == null ? null : value.toPlainString();
			}
		};
	}

	/** An ID, except that the header keywords it admits are written without the escaping '^'. */
	@ValueConverter(rule = "AttributeName")
	public IValueConverter<String> attributeName() {
		IValueConverter<String> id = ID();
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return id.toValue(string, node);
			}

			@Override
			public String toString(String value) {
				return "coder".equals(value) || "status".equals(value) ? value : id.toString(value);
			}
		};
	}

	@ValueConverter(rule = "DocumentStatus")
	public IValueConverter<DocumentStatus> documentStatus() {
		return new IValueConverter<>() {
			@Override
			public DocumentStatus toValue(String string, INode node) {
				DocumentStatus status = string == null ? null : DocumentStatus.get(string);
				if (status == null) {
					throw new ValueConverterException("'" + string + "' is not a document status; write "
							+ DocumentStatus.VALUES.stream().map(DocumentStatus::getLiteral).collect(Collectors.joining(", ")) + ".",
							node, null);
				}
				return status;
			}

			@Override
			public String toString(DocumentStatus value) {
				return value == null ? null : value.getLiteral();
			}
		};
	}
}
