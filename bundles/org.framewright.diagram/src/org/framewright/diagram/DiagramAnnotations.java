package org.framewright.diagram;

import java.util.Map;

/**
 * What an analysis adds to a framework's arrows: a mark after each hypothesis (its verdict, e.g. ✓) and a note on
 * each path (e.g. its standardized estimate, "β = .19"). Empty for the diagram of a framework before data.
 *
 * @param hypothesisMarks the mark of each hypothesis, by its name
 * @param pathNotes       the note of each path, by {@link #pathKey(String, String)}
 */
public record DiagramAnnotations(Map<String, String> hypothesisMarks, Map<String, String> pathNotes) {

	public static final DiagramAnnotations NONE = new DiagramAnnotations(Map.of(), Map.of());

	public DiagramAnnotations {
		hypothesisMarks = Map.copyOf(hypothesisMarks);
		pathNotes = Map.copyOf(pathNotes);
	}

	/** The key of the path from a cause to an effect. */
	public static String pathKey(String cause, String effect) {
		return cause + " -> " + effect;
	}

	/** The mark of a hypothesis, or null. */
	public String mark(String hypothesis) {
		return hypothesisMarks.get(hypothesis);
	}

	/** The note of a path, or null. */
	public String pathNote(String cause, String effect) {
		return pathNotes.get(pathKey(cause, effect));
	}
}
