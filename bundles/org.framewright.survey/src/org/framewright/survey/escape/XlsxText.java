package org.framewright.survey.escape;

/**
 * Researcher's text in a spreadsheet cell (XLSForm's .xlsx). The spreadsheet library escapes XML; this escapes what
 * every OOXML reader (Excel, LibreOffice, openpyxl and so pyxform) decodes inside a cell: the sequence _xHHHH_ stands
 * for the character HHHH. So a literal _xHHHH_ gets its underscore written as _x005F_, and a control character XML
 * cannot hold is written as _xHHHH_ instead of being dropped.
 */
public final class XlsxText {

	private XlsxText() {
	}

	public static String cell(String text) {
		String value = text == null ? "" : text;
		StringBuilder out = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				out.append(String.format("_x%04X_", (int) c));
			} else if (c == '_' && isEscapeSequence(value, i)) {
				out.append("_x005F_");
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** True if an _xHHHH_ sequence starts at the index. */
	private static boolean isEscapeSequence(String value, int start) {
		if (start + 7 > value.length() || value.charAt(start + 1) != 'x' || value.charAt(start + 6) != '_') {
			return false;
		}
		for (int i = start + 2; i < start + 6; i++) {
			if (Character.digit(value.charAt(i), 16) < 0) {
				return false;
			}
		}
		return true;
	}
}
