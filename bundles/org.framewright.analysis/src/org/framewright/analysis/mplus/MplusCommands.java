package org.framewright.analysis.mplus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.framewright.analysis.design.AnalysisModel;
import org.framewright.analysis.design.DummyCoding;
import org.framewright.analysis.design.ReversedItem;
import org.framewright.analysis.escape.MplusText;

/**
 * The commands both Mplus inputs of a framework share (the analysis and the CFA for reliability): how the data file
 * is made and read, the variables, the recoding of reversed items, and statements listing names. Both inputs name
 * the framework's columns and constructs alike, so that one renaming holds for both.
 */
final class MplusCommands {

	private MplusCommands() {
	}

	/** Mplus names with the data's columns and then the constructs named first, in the analysis's order. */
	static MplusNames frameworkNames(AnalysisModel analysis) {
		MplusNames names = new MplusNames();
		analysis.columns().forEach(names::of);
		analysis.dummyCodings().forEach(coding -> coding.dummies().forEach(dummy -> names.of(dummy.name())));
		analysis.measures().forEach(measure -> names.of(measure.latent()));
		return names;
	}

	static void data(List<String> out, AnalysisModel analysis) {
		out.add("! Mplus reads numbers only, without a header row: remove the first line of the codebook's");
		out.add("! CSV and code missing answers as -999, e.g. on a Unix shell");
		out.addAll(MplusText.wrap("!   ", "tail -n +2 data.csv | sed -e 's/,,/,-999,/g' -e 's/,,/,-999,/g' -e 's/^,/-999,/' -e 's/,$/,-999/' > "
				+ MplusWriter.dataFileName(analysis)));
		out.add("DATA:");
		out.add("  FILE = \"" + MplusWriter.dataFileName(analysis) + "\";");
		out.add("");
	}

	/** The VARIABLE command: every column of the data by name, the ones the model uses, and the missing code. */
	static void variable(List<String> out, AnalysisModel analysis, MplusNames names, List<String> used) {
		Map<String, String> renamed = names.renamed();
		if (!renamed.isEmpty()) {
			out.add("! Mplus names have at most 8 characters. Names of the framework renamed here:");
			renamed.forEach((name, mplus) -> out.addAll(MplusText.commentLines(mplus + " = " + name)));
		}
		out.add("VARIABLE:");
		out.addAll(list("  NAMES ARE", analysis.columns().stream().map(names::of).toList()));
		out.addAll(list("  USEVARIABLES ARE", used.stream().map(names::of).toList()));
		out.add("  MISSING ARE ALL (-999);");
		out.add("");
	}

	/**
	 * The DEFINE command recoding the reversed items among the used ones and making the indicators of the categorical
	 * controls whose indicators are used; nothing if there are none.
	 */
	static void define(List<String> out, AnalysisModel analysis, MplusNames names, Collection<String> used) {
		List<ReversedItem> reversed = analysis.reversedItems().stream().filter(item -> used.contains(item.item())).toList();
		List<DummyCoding> codings = analysis.dummyCodings().stream()
				.filter(coding -> coding.dummies().stream().anyMatch(dummy -> used.contains(dummy.name()))).toList();
		if (reversed.isEmpty() && codings.isEmpty()) {
			return;
		}
		out.add("DEFINE:");
		if (!reversed.isEmpty()) {
			out.add("  ! Reversed items, recoded so that high means more: (lowest + highest) - answer.");
		}
		for (ReversedItem item : reversed) {
			String name = names.of(item.item());
			out.add("  " + name + " = " + number(item.sum()) + " - " + name + ";");
		}
		for (DummyCoding coding : codings) {
			String control = names.of(coding.control());
			out.addAll(MplusText.wrap("  ! ", MplusText.plain(control + " as indicator variables against its first choice, " + coding.referenceCode() + " = "
					+ coding.referenceLabel() + "; a missing answer stays missing.")));
			for (DummyCoding.Dummy dummy : coding.dummies()) {
				String name = names.of(dummy.name());
				out.addAll(MplusText.wrap("  ! ", MplusText.plain(name + ": " + dummy.label())));
				out.add("  IF (" + control + " EQ " + dummy.code() + ") THEN " + name + " = 1;");
				out.add("  IF (" + control + " NE " + dummy.code() + ") THEN " + name + " = 0;");
				out.add("  IF (" + control + " EQ _MISSING) THEN " + name + " = _MISSING;");
			}
		}
		out.add("");
	}

	/** A statement listing names, wrapped within 90 characters. */
	static List<String> list(String head, List<String> names) {
		return list(head, names, ";");
	}

	static List<String> list(String head, List<String> names, String end) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder(head);
		for (String name : names) {
			if (line.length() + 1 + name.length() + end.length() > MplusText.MAX_LINE) {
				lines.add(line.toString());
				line = new StringBuilder("   ");
			}
			line.append(' ').append(name);
		}
		lines.add(line + end);
		return lines;
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}
