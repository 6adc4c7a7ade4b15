package org.framewright.survey.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object built in the order its members are put, for writers of JSON formats; printed by {@link JsonPrinter}.
 * Values are JsonObjects, lists, strings, numbers, booleans or null.
 */
public final class JsonObject {

	private final Map<String, Object> members = new LinkedHashMap<>();

	public JsonObject put(String name, Object value) {
		members.put(name, value);
		return this;
	}

	/** Puts the member only if the condition holds (an optional property). */
	public JsonObject putIf(boolean condition, String name, Object value) {
		return condition ? put(name, value) : this;
	}

	public Map<String, Object> members() {
		return Collections.unmodifiableMap(members);
	}
}
