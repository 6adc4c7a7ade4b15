package org.framewright.survey.escape;

import java.math.BigDecimal;

/** A bound or a value written for a survey tool: plain decimal notation without trailing zeros (100000, 2.5, not 1.0E5). */
public final class NumberText {

	private NumberText() {
	}

	public static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
