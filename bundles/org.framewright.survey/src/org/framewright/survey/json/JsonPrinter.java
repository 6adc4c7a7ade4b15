package org.framewright.survey.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.export.JsonText;
import org.framewright.survey.escape.NumberText;

/**
 * Prints a tree of {@link JsonObject}s (or maps, members in their iteration order), lists, strings, numbers, booleans and nulls as indented JSON. Every string,
 * member names included, goes through {@link JsonText#quote}; numbers as {@link NumberText#plain}.
 */
public final class JsonPrinter {

	private JsonPrinter() {
	}

	public static String print(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, "");
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, String indent) {
		if (value instanceof JsonObject object) {
			writeObject(object.members(), out, indent);
		} else if (value instanceof Map<?, ?> map) {
			Map<String, Object> members = new LinkedHashMap<>();
			map.forEach((name, member) -> members.put(String.valueOf(name), member));
			writeObject(members, out, indent);
		} else if (value instanceof List<?> list) {
			writeArray(list, out, indent);
		} else if (value instanceof String text) {
			out.append(JsonText.quote(text));
		} else if (value instanceof Double || value instanceof Float) {
			out.append(NumberText.plain(((Number) value).doubleValue()));
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else if (value == null) {
			out.append("null");
		} else {
			throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
		}
	}

	private static void writeObject(Map<String, Object> members, StringBuilder out, String indent) {
		if (members.isEmpty()) {
			out.append("{}");
			return;
		}
		String inner = indent + "  ";
		out.append('{');
		String separator = "\n";
		for (Map.Entry<String, Object> member : members.entrySet()) {
			out.append(separator).append(inner).append(JsonText.quote(member.getKey())).append(": ");
			write(member.getValue(), out, inner);
			separator = ",\n";
		}
		out.append('\n').append(indent).append('}');
	}

	private static void writeArray(List<?> values, StringBuilder out, String indent) {
		if (values.isEmpty()) {
			out.append("[]");
			return;
		}
		String inner = indent + "  ";
		out.append('[');
		String separator = "\n";
		for (Object element : values) {
			out.append(separator).append(inner);
			write(element, out, inner);
			separator = ",\n";
		}
		out.append('\n').append(indent).append(']');
	}
}
