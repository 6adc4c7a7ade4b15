package org.framewright.survey.xlsform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.framewright.survey.escape.XlsxText;

/**
 * Writes sheets of text into an .xlsx workbook (with fastexcel, which escapes XML); every cell passes through
 * {@link XlsxText}. Not byte-for-byte reproducible: fastexcel stamps the creation time into docProps/core.xml.
 */
final class XlsxWorkbook {

	private XlsxWorkbook() {
	}

	static byte[] write(String title, List<Sheet> sheets) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Framewright", "1.0");
			workbook.properties().setTitle(XlsxText.cell(title));
			for (Sheet sheet : sheets) {
				Worksheet worksheet = workbook.newWorksheet(sheet.name());
				writeRow(worksheet, 0, sheet.columns());
				List<List<String>> rows = sheet.cells();
				for (int r = 0; r < rows.size(); r++) {
					writeRow(worksheet, r + 1, rows.get(r));
				}
			}
			workbook.finish();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void writeRow(Worksheet worksheet, int row, List<String> cells) {
		for (int column = 0; column < cells.size(); column++) {
			if (!cells.get(column).isEmpty()) {
				worksheet.value(row, column, XlsxText.cell(cells.get(column)));
			}
		}
	}
}
