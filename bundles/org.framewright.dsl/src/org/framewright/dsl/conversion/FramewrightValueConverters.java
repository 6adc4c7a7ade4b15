package org.framewright.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Value converters of the language: the standard terminals, and decimals written the way researchers write
 * them ({@code 0.05}, {@code -0.2}), printed back without exponents.
 */
public class FramewrightValueConverters extends DefaultTerminalConverters {

	private final IValueConverter<Double> decimal = new IValueConverter<>() {

		@Override
		public Double toValue(String text, INode node) {
			String compact = text == null ? "" : text.replaceAll("\\s+", "");
			try {
				return Double.valueOf(compact);
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + compact + "' is not a number.", node, e);
			}
		}

		@Override
		public String toString(Double value) {
			if (value == null || value.isNaN() || value.isInfinite()) {
				throw new ValueConverterException("A decimal must be a finite number, not " + value + ".", null, null);
			}
			String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
			return plain.contains(".") ? plain : plain + ".0";
		}
	};

	@ValueConverter(rule = "Decimal")
	public IValueConverter<Double> Decimal() {
		return decimal;
	}
}
