package org.framewright.dsl.ide.edit;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.framewright.model.Construct;
import org.framewright.model.Control;
import org.framewright.model.Framework;
import org.framewright.model.Item;

/**
 * The names a new construct may take. Constructs, controls and item codes share one namespace (the language's
 * {@code NameChecks}), so a new construct's name must be none of theirs; it must also be an ID of the language (a
 * letter or '_', then letters, digits or '_') and not one of its keywords.
 */
final class VariableNames {

	private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final String DEFAULT_BASE = "C";

	private VariableNames() {
	}

	/** Throws an {@link IllegalArgumentException} that says why, unless a new construct may be named so. */
	static void checkFree(Framework framework, String name) {
		if (name == null || !ID.matcher(name).matches()) {
			throw new IllegalArgumentException("'" + name + "' is not a valid construct name: a name starts with a letter or '_', "
					+ "followed by letters, digits or '_'.");
		}
		if (LanguageText.keywords(framework).contains(name)) {
			throw new IllegalArgumentException("'" + name + "' is a keyword of the language and cannot name a construct.");
		}
		String holder = holders(framework).get(name);
		if (holder != null) {
			throw new IllegalArgumentException("'" + name + "' is already the name of " + holder + "; a new construct needs a name of its own.");
		}
	}

	/** {@code base<n>} with the smallest n from 1 that names nothing yet; the base is {@code C} when none is given. */
	static String free(Framework framework, String base) {
		String prefix = base == null || base.isBlank() ? DEFAULT_BASE : base.strip();
		if (!ID.matcher(prefix).matches()) {
			throw new IllegalArgumentException("'" + base + "' cannot start a construct name: a name starts with a letter or '_', "
					+ "followed by letters, digits or '_'.");
		}
		Map<String, String> taken = holders(framework);
		Set<String> keywords = LanguageText.keywords(framework);
		int n = 1;
		while (taken.containsKey(prefix + n) || keywords.contains(prefix + n)) {
			n++;
		}
		return prefix + n;
	}

	/** Every name of the namespace, with what holds it: "construct MO", "control SIZE", "item MO1 of construct MO". */
	private static Map<String, String> holders(Framework framework) {
		Map<String, String> holders = new HashMap<>();
		for (Construct construct : framework.getConstructs()) {
			holders.putIfAbsent(construct.getName(), "construct " + construct.getName());
			for (Item item : construct.getItems()) {
				holders.putIfAbsent(item.getName(), "item " + item.getName() + " of construct " + construct.getName());
			}
		}
		for (Control control : framework.getControls()) {
			holders.putIfAbsent(control.getName(), "control " + control.getName());
		}
		holders.remove(null);
		return holders;
	}
}
