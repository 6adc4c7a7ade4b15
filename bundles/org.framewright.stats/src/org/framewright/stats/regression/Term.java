package org.framewright.stats.regression;

/**
 * A predictor of a composite path model's equation.
 *
 * @param name  the name of its coefficient: a construct or control name, {@code X_x_W} for an interaction and
 *              {@code X_sq} for a quadratic term (the names of the generated analysis code)
 * @param kind  what it is
 * @param left  the construct (or control) it is made of
 * @param right the second construct of a product term; null otherwise
 */
public record Term(String name, Kind kind, String left, String right) {

	/** What a term stands for. */
	public enum Kind {
		/** A construct's composite score. */
		CONSTRUCT,
		/** A control as measured (categorical ones enter as dummy variables). */
		CONTROL,
		/** The product of two mean-centred composite scores (moderation). */
		PRODUCT,
		/** The square of a mean-centred composite score (curvilinear effect). */
		SQUARE
	}

	static Term construct(String name) {
		return new Term(name, Kind.CONSTRUCT, name, null);
	}

	static Term control(String name) {
		return new Term(name, Kind.CONTROL, name, null);
	}

	/** Whether the term needs case-level data (a correlation table does not give it). */
	public boolean isProduct() {
		return kind == Kind.PRODUCT || kind == Kind.SQUARE;
	}
}
