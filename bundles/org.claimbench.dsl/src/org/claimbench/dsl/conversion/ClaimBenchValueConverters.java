package org.claimbench.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Converts the Decimal datatype rule of both languages and writes strings without needless escapes; the
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
}
