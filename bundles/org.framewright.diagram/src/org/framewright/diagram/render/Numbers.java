package org.framewright.diagram.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Coordinates as text: two decimals at most, '.' as the decimal point whatever the locale, no "-0". */
final class Numbers {

	private Numbers() {
	}

	static String format(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		if (rounded.signum() == 0) {
			return "0";
		}
		return rounded.toPlainString();
	}
}
