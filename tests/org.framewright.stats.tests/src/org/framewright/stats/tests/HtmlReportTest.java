package org.framewright.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.framewright.model.Framework;
import org.framewright.stats.Result;
import org.framewright.stats.data.SummaryData;
import org.framewright.stats.report.HtmlReport;
import org.framewright.stats.report.VerdictTable;
import org.framewright.stats.study.StudyAnalysis;
import org.framewright.stats.study.StudyResults;
import org.framewright.testing.FrameworkFixtures;
import org.junit.jupiter.api.Test;

/** The HTML report carries every researcher's text as text: nothing in a title, statement or file name becomes markup. */
class HtmlReportTest {

	private static final Framework HOSTILE = FrameworkFixtures.parse("hostile.fwk", """
			framework Hostile "Title <script>alert(1)</script> & \\"q\\""
			scale Agree5 likert 5
			construct X "X" scale Agree5 { item X1 "a" item X2 "b" item X3 "c" }
			construct Y "Y" scale Agree5 { item Y1 "a" item Y2 "b" item Y3 "c" }
			hypothesis H1: X -> Y positive "A <b>bold</b> & 'quoted' claim </td></table><script>x()</script>"
			""");

	@Test
	void researchersTextIsEscapedAndTheMarkupStaysBalanced() {
		Result<SummaryData> table = SummaryData.of("data <img src=x onerror=y()>.csv", List.of("X", "Y"), new double[][] { { 1, 0.4 }, { 0.4, 1 } }, 120,
				SummaryData.Level.CONSTRUCT);
		Result<StudyResults> results = StudyAnalysis.of(HOSTILE, table.get());
		assertTrue(results.isOk(), results::toString);
		String html = HtmlReport.of(HOSTILE, results.get(), null);
		assertFalse(html.contains("<script"), "no script element");
		assertFalse(html.contains("<img"), "no image element from a file name");
		assertFalse(html.contains("<b>bold"), "no markup from a statement");
		assertTrue(html.contains("Title &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"), html);
		assertTrue(html.contains("&lt;/td&gt;&lt;/table&gt;"), html);
		for (String element : List.of("table", "tr", "td", "h2", "p")) {
			assertEquals(count(html, "<" + element + "[ >]"), count(html, "</" + element + ">"), "balanced <" + element + ">");
		}
		assertTrue(VerdictTable.of(results.get().verdicts()).contains("supported"));
	}

	private static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		int n = 0;
		while (matcher.find()) {
			n++;
		}
		return n;
	}
}
