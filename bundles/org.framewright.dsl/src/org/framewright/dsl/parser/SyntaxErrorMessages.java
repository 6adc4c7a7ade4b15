package org.framewright.dsl.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.framewright.dsl.validation.IssueCodes;

/**
 * Says what went wrong in the words of the language, not of the parser generator: "the file ends where '}' was
 * expected" rather than "mismatched input '&lt;EOF&gt;' expecting '}'".
 */
public class SyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final String DECLARATIONS = "theory, scale, construct, control, group, hypothesis or plan";

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern MISSING_EOF = Pattern.compile("missing EOF at '(.*)'", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'", Pattern.DOTALL);
	private static final Pattern MISMATCHED_CHARACTER = Pattern.compile("mismatched character '(.*)' expecting '\"'", Pattern.DOTALL);

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(rephrase(original.getMessage()), IssueCodes.SYNTAX_ERROR, original.getIssueData());
	}

	/** The parser's message in the language's words; unknown messages are kept. */
	static String rephrase(String message) {
		if (message == null) {
			return "The text cannot be read here.";
		}
		Matcher m;
		if ((m = MISMATCHED.matcher(message)).matches()) {
			if (isEnd(m.group(1))) {
				return m.group(2).equals("'framework'")
						? "The file holds no framework: a .fwk file begins with framework <Name> \"title\"."
						: "The file ends too early: " + expected(m.group(2)) + " was expected.";
			}
			return "Found " + found(m.group(1)) + " where " + expected(m.group(2)) + " was expected.";
		}
		if ((m = EXTRANEOUS.matcher(message)).matches()) {
			return found(m.group(1)) + " is out of place here; " + expected(m.group(2)) + " was expected.";
		}
		if ((m = MISSING_EOF.matcher(message)).matches()) {
			return found(m.group(1)) + " cannot start a declaration; declarations start with " + DECLARATIONS + ".";
		}
		if ((m = MISSING.matcher(message)).matches()) {
			return expected(m.group(1)) + " is missing before " + found(m.group(2)) + ".";
		}
		if ((m = NO_VIABLE.matcher(message)).matches()) {
			return isEnd(m.group(1)) ? "The file ends in the middle of a declaration." : found(m.group(1)) + " is out of place here.";
		}
		if ((m = MISMATCHED_CHARACTER.matcher(message)).matches()) {
			return "A string is not closed: add the closing double quote (\").";
		}
		return message;
	}

	private static boolean isEnd(String token) {
		return token.equals("<EOF>");
	}

	private static String found(String token) {
		String shown = token.length() > 40 ? token.substring(0, 40) + "..." : token;
		return "'" + shown.replace("\n", "\\n") + "'";
	}

	private static String expected(String what) {
		return switch (what) {
			case "RULE_ID" -> "a name";
			case "RULE_STRING" -> "a quoted text";
			case "RULE_INT" -> "a whole number";
			case "EOF" -> "the end of the file";
			default -> what.replace("RULE_ID", "a name").replace("RULE_STRING", "a quoted text").replace("RULE_INT", "a whole number");
		};
	}
}
