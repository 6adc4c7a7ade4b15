package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.framewright.model.Framework;
import org.framewright.stats.Problem;
import org.framewright.stats.Result;
import org.framewright.stats.Severity;
import org.framewright.stats.StatsIssueCodes;
import org.framewright.stats.data.ResponseData;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;

/**
 * Reading the questionnaire's CSV for example (a): the header is the codebook's variables (item codes, then the
 * control SIZE), MO4 is reversed on a 1-5 scale. Every problem names the file, the spreadsheet row (header = 1)
 * and the column.
 */
class ResponseDataTest {

	private static final Framework FRAMEWORK = FrameworkFixtures.example("sme-alliances.fwk");
	private static final String HEADER = "MO1,MO2,MO3,MO4,AL1,AL2,AL3,IP1,IP2,IP3,SIZE\n";

	private static Result<ResponseData> read(String csv) {
		return ResponseData.parse("answers.csv", csv, FRAMEWORK);
	}

	private static Problem only(Result<?> result, String code) {
		List<Problem> matching = result.problems().stream().filter(p -> p.code().equals(code)).toList();
		assertEquals(1, matching.size(), () -> code + " in " + result.problems());
		return matching.get(0);
	}

	@Test
	void reverseCodesWhatTheModelSaysIsReversed() {
		Result<ResponseData> data = read(HEADER + "1,2,3,4,5,4,3,2,1,2,10\n5,4,3,1,1,1,1,1,1,1,250\n");
		assertTrue(data.isOk() && data.problems().isEmpty(), data::toString);
		assertArrayEquals(new double[] { 2, 5 }, data.get().column("MO4"), "(1 + 5) - x");
		assertArrayEquals(new double[] { 1, 5 }, data.get().column("MO1"));
		assertArrayEquals(new double[] { 10, 250 }, data.get().column("SIZE"), "a control without a scale takes any number");
		assertEquals(3, data.get().sourceRow(1));
	}

	@Test
	void dropsIncompleteRowsListwiseAndSaysHowMany() {
		Result<ResponseData> data = read(HEADER + "1,2,3,4,5,4,3,2,1,2,10\n1,NA,3,4,5,4,3,2,1,2,10\n1,2,3,4,5,.,3,2,1,2,10\n"
				+ "1,2,3,4,5,4,3,2,1,2,\n\n2,2,3,4,5,4,3,2,1,2,10\n");
		assertTrue(data.isOk(), data::toString);
		assertEquals(2, data.get().size());
		assertEquals(3, data.get().rowsDropped());
		Problem dropped = only(data, StatsIssueCodes.ROWS_DROPPED);
		assertEquals(Severity.WARNING, dropped.severity());
		assertEquals("3 rows have a missing answer in a column the analysis uses (MO2: 1, AL2: 1, SIZE: 1) and were left out (listwise"
				+ " deletion); 2 complete cases remain.", dropped.message());
		assertEquals(7, data.get().sourceRow(1), "the blank row 6 still counts as a spreadsheet row");
	}

	@Test
	void aMissingColumnIsAnErrorNamingTheItemAndItsConstruct() {
		Result<ResponseData> data = read("MO1,MO2,MO3,mo4,AL1,AL2,AL3,IP1,IP2,IP3,SIZE\n1,2,3,4,5,4,3,2,1,2,10\n");
		assertFalse(data.isOk());
		Problem missing = only(data, StatsIssueCodes.MISSING_COLUMN);
		assertEquals("answers.csv:1:MO4: error: fw.stats.missing-column The column MO4 is missing: the construct MO has the item MO4, so the"
				+ " data need a column of that name (the header has mo4, but column names must match the item codes and control names"
				+ " exactly, case included).",
				missing.toString());
		assertEquals(Severity.WARNING, only(data, StatsIssueCodes.UNKNOWN_COLUMN).severity());
	}

	@Test
	void anUnknownColumnIsOnlyAWarning() {
		Result<ResponseData> data = read("id," + HEADER.strip() + ",comment\n7,1,2,3,4,5,4,3,2,1,2,10,\"late, but complete\"\n");
		assertTrue(data.isOk(), data::toString);
		assertEquals(2, data.problems().size());
		assertTrue(data.problems().stream().allMatch(p -> p.code().equals(StatsIssueCodes.UNKNOWN_COLUMN) && p.severity() == Severity.WARNING));
	}

	@Test
	void nonNumericAndOutOfScaleCellsAreErrorsAtTheirRowAndColumn() {
		Result<ResponseData> data = read(HEADER + "1,2,3,4,5,4,3,2,1,2,10\n1,2,agree,4,5,4,3,2,1,2,10\n1,2,3,4,6,4,3,2,1,2,10\n"
				+ "1,2,3,4,5,4,3.5,2,1,2,10\n");
		assertFalse(data.isOk());
		assertEquals("answers.csv:3:MO3: error: fw.stats.non-numeric-cell Row 3, column MO3 (C): 'agree' is not a number; answers must be"
				+ " codes on the 5-point scale Agree5 (whole numbers 1 to 5), or empty (or NA) when missing.",
				only(data, StatsIssueCodes.NON_NUMERIC_CELL).toString());
		List<Problem> outOfScale = data.problems().stream().filter(p -> p.code().equals(StatsIssueCodes.OUT_OF_SCALE)).toList();
		assertEquals(List.of(4, 5), outOfScale.stream().map(Problem::row).toList());
		assertEquals(List.of("AL1", "AL3"), outOfScale.stream().map(Problem::column).toList());
		assertEquals("Row 4, column AL1 (E): 6 is not on the 5-point scale Agree5 (whole numbers 1 to 5).", outOfScale.get(0).message());
	}

	@Test
	void raggedRowsAndUnbalancedQuotesAreMalformedCsv() {
		Result<ResponseData> ragged = read(HEADER + "1,2,3,4,5,4,3,2,1,2,10\n1,2,3,4,5,4,3,2,1,2\n");
		assertEquals(3, only(ragged, StatsIssueCodes.RAGGED_ROW).row());
		Result<ResponseData> quotes = read(HEADER + "1,2,3,4,5,4,3,2,1,2,10\n\"1,2,3,4,5,4,3,2,1,2,10\n1,2,3,4,5,4,3,2,1,2,10\n");
		Problem malformed = only(quotes, StatsIssueCodes.MALFORMED_CSV);
		assertEquals(3, malformed.row());
		assertTrue(malformed.message().startsWith("The quote that opens a cell in row 3 is never closed"), malformed::message);
	}

	@Test
	void emptyFilesAndUnreadableFilesAreProblemsToo() {
		assertEquals(StatsIssueCodes.EMPTY_FILE, read("").problems().get(0).code());
		Result<ResponseData> absent = ResponseData.read(Path.of("no-such-answers.csv"), FRAMEWORK);
		assertEquals(StatsIssueCodes.UNREADABLE_FILE, absent.problems().get(0).code());
	}

	@Test
	void semicolonFilesWithDecimalCommasAsEuropeanSpreadsheetsSaveThem() {
		Result<ResponseData> data = read("\uFEFF" + HEADER.replace(',', ';') + "1;2;3;4;5;4;3;2;1;2;10,5\r\n");
		assertTrue(data.isOk(), data::toString);
		assertArrayEquals(new double[] { 10.5 }, data.get().column("SIZE"));
	}

	@Test
	void garbageNeverThrows() {
		Random random = new Random(42);
		String alphabet = "0123456789,;\"\n\r .NAx-\t";
		for (int run = 0; run < 2000; run++) {
			StringBuilder text = new StringBuilder(random.nextBoolean() ? HEADER : "");
			int length = random.nextInt(200);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			Result<ResponseData> data = read(text.toString());
			assertTrue(data.isOk() || !data.errors().isEmpty(), text::toString);
		}
	}
}
