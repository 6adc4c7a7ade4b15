package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.stats.Moments;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.data.SummaryData.Level;
import org.junit.jupiter.api.Test;

/** Reading correlation and covariance tables as papers print them, and what is wrong with bad ones. */
class SummaryDataTest {

	private static Result<SummaryData> parse(String text) {
		return SummaryData.parse("table.txt", text, 152, Level.CONSTRUCT);
	}

	private static Problem first(Result<?> result) {
		assertFalse(result.isOk(), result::toString);
		return result.errors().get(0);
	}

	@Test
	void lowerTriangleWithoutTheDiagonalAndRowsOfStandardDeviationsAndMeans() {
		Result<SummaryData> table = parse("""
				X
				Y    .5
				Z    .3   .4
				SD   2    1.5  .5
				Mean 3.1  2.9  4
				""");
		assertTrue(table.isOk(), table::toString);
		assertEquals(List.of("X", "Y", "Z"), table.get().names());
		assertTrue(table.get().isCorrelation() && table.get().hasScales() && table.get().hasMeans());
		Moments moments = table.get().moments();
		assertEquals(.5 * 2 * 1.5, moments.covariance()[0][1], 1e-15);
		assertEquals(4, moments.means()[2], 0);
		assertFalse(moments.standardizedOnly());
	}

	@Test
	void aCovarianceTableIsRecognisedByItsDiagonal() {
		Result<SummaryData> table = parse("a;b\n2,5;\n0,5;1\n");
		assertTrue(table.isOk(), table::toString);
		assertFalse(table.get().isCorrelation());
		assertEquals(.5 / Math.sqrt(2.5), table.get().moments().correlation()[0][1], 1e-15);
	}

	@Test
	void anAsymmetricFullTableIsATypingError() {
		Problem problem = first(parse("""
				,A,B,C
				A,1,.3,.2
				B,.3,1,.4
				C,.2,.45,1
				"""));
		assertEquals(StatsIssueCodes.ASYMMETRIC_MATRIX, problem.code());
		assertEquals("The table gives B with C as 0.4 above the diagonal but 0.45 below it; a correlation or covariance table is symmetric.",
				problem.message());
		assertEquals(3, problem.row());
	}

	@Test
	void correlationsBeyondOneNonNumbersAndRowsOfTheWrongLength() {
		assertEquals(StatsIssueCodes.CORRELATION_OUT_OF_RANGE, first(parse("A 1\nB 1.3 1\n")).code());
		Problem text = first(parse("A 1\nB .3o 1\n"));
		assertEquals(StatsIssueCodes.NON_NUMERIC_CELL, text.code());
		assertEquals(2, text.row());
		Problem shape = first(parse("A 1\nB .3 1\nC .2 .1 .4 1\n"));
		assertEquals(StatsIssueCodes.MALFORMED_MATRIX, shape.code());
		assertEquals("The row of C has 4 values; as the 3rd of 3 variables it needs 3 (lower triangle with the diagonal), 2 (without it),"
				+ " or 3 (the full matrix).", shape.message());
		assertEquals(StatsIssueCodes.MALFORMED_MATRIX, first(parse("1\n.3 1\n")).code(), "no names");
		assertEquals(StatsIssueCodes.INVALID_SAMPLE_SIZE,
				first(SummaryData.parse("t", "A 1\nB .3 1\n", 1, Level.CONSTRUCT)).code());
	}
}
