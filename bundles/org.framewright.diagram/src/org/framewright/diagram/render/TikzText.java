package org.framewright.diagram.render;

import java.text.Normalizer;

/**
 * Text as LaTeX typesets it inside a TikZ node: the one escaping function of the TikZ output.
 * <p>
 * Every character TeX gives a meaning ({@code \ { } $ & # ^ _ % ~}) becomes a command that typesets it, so a
 * researcher's text never runs a command ({@code \input}, {@code \write18}), never opens a group or math mode,
 * and never breaks the compilation with an unbalanced brace. The commands used exist in every font encoding
 * (OT1, LaTeX's default, as well as T1 and XeLaTeX's TU): {@code < > |} would typeset as ¡ ¿ — in OT1, and
 * {@code "} is written {@code \char34} because {@code \textquotedbl} is an error in OT1 and a raw {@code "} is
 * an active character under babel's German. The symbols the diagram's labels use (−, ∩, ∪, →) become math, which
 * every font has; ligatures ({@code -- '' `` ,,}) are broken so the text reads as written.
 * <p>
 * Other characters pass through as UTF-8, composed (NFC) so that an accent is one character: pdfLaTeX typesets
 * Latin, Greek and Cyrillic letters that its input encoding knows (Müller, é, ß); Arabic, Chinese and other
 * scripts need XeLaTeX or LuaLaTeX with a font that has them (fontspec). Line breaks and other control characters
 * become spaces, since a text line is one line.
 */
public final class TikzText {

	/** Characters that form a ligature when doubled: -- (en dash), '' and `` (quotes), ,, (low quotes in T1). */
	private static final String DOUBLED_LIGATURES = "-'`,";

	private TikzText() {
	}

	/** The text, escaped for the body of a TikZ node. */
	public static String escape(String text) {
		int[] characters = Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().toArray();
		StringBuilder tex = new StringBuilder(characters.length + 16);
		for (int i = 0; i < characters.length; i++) {
			int c = characters[i];
			int next = i + 1 < characters.length ? characters[i + 1] : -1;
			tex.append(character(c));
			if (next == c && DOUBLED_LIGATURES.indexOf(c) >= 0 || next == '`' && (c == '!' || c == '?')) {
				tex.append("{}"); // breaks the ligature
			}
		}
		return tex.toString();
	}

	/** One character as LaTeX text. */
	private static String character(int c) {
		return switch (c) {
			case '\\' -> "\\textbackslash{}";
			case '{' -> "\\{";
			case '}' -> "\\}";
			case '$' -> "\\$";
			case '&' -> "\\&";
			case '#' -> "\\#";
			case '%' -> "\\%";
			case '_' -> "\\_";
			case '^' -> "\\textasciicircum{}";
			case '~' -> "\\textasciitilde{}";
			case '<' -> "\\textless{}";
			case '>' -> "\\textgreater{}";
			case '|' -> "\\textbar{}";
			case '"' -> "\\char34{}";
			case '\u00a0' -> "~";
			case '\u2212' -> "$-$";
			case '\u2229' -> "$\\cap$";
			case '\u222a' -> "$\\cup$";
			case '\u2192' -> "$\\rightarrow$";
			default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? " " : Character.toString(c);
		};
	}
}
