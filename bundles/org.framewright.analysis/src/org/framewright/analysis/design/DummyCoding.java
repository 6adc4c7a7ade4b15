package org.framewright.analysis.design;

import java.util.List;

/**
 * A categorical control entered as indicator (dummy) variables: one per choice but the first, which is the
 * reference. Each indicator is 1 where the control holds its choice's code, 0 where it holds another, and missing
 * where the control is missing. The labels are the researcher's text, for comments only.
 */
public record DummyCoding(String control, int referenceCode, String referenceLabel, List<Dummy> dummies) {

	/** One indicator variable: its name, the code it stands for, and that choice's label. */
	public record Dummy(String name, int code, String label) {
	}

	public DummyCoding {
		dummies = List.copyOf(dummies);
	}

	/** Every code the framework lists for the control, the reference first. */
	public List<Integer> codes() {
		List<Integer> codes = new java.util.ArrayList<>(List.of(referenceCode));
		dummies.forEach(dummy -> codes.add(dummy.code()));
		return codes;
	}
}
