package org.framewright.analysis.design;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A parameter defined from labelled coefficients as a sum of terms: an indirect effect {@code a * b}, a total effect
 * {@code c + a * b}, an index of moderated mediation {@code a3 * b}, or an effect at a level of a moderator, such as
 * the conditional indirect effect {@code (a1 + a3 * sd(W)) * b} one standard deviation above W's mean.
 */
public record DefinedParameter(String name, String description, List<Term> terms) {

	/**
	 * One term: a weight times a product of coefficient labels, times the standard deviation of a latent variable
	 * (the square root of the variance labelled {@code variance}) when the term is an interaction taken at a
	 * moderator's level; {@code variance} is null otherwise.
	 */
	public record Term(double weight, List<String> coefficients, String variance) {

		public Term {
			coefficients = List.copyOf(coefficients);
		}

		/** A product of coefficients with weight one and no standard deviation. */
		public static Term product(List<String> coefficients) {
			return new Term(1, coefficients, null);
		}

		/** Whether the term is a plain product of coefficients. */
		public boolean isProduct() {
			return weight == 1 && variance == null;
		}
	}

	public DefinedParameter {
		terms = List.copyOf(terms);
	}

	/** A parameter that is a sum of plain products of coefficients. */
	public static DefinedParameter ofProducts(String name, String description, List<List<String>> products) {
		return new DefinedParameter(name, description, products.stream().map(Term::product).toList());
	}

	/** The products of the parameter if every term is a plain product of coefficients. */
	public Optional<List<List<String>>> products() {
		return terms.stream().allMatch(Term::isProduct) ? Optional.of(terms.stream().map(Term::coefficients).toList()) : Optional.empty();
	}

	/**
	 * The parameter as an arithmetic expression in the notation R, Mplus and Stata share ({@code *}, {@code +},
	 * {@code -}), each coefficient label and each standard deviation (given its variance label) written by the
	 * target's own functions, e.g. {@code p_X_M*p_M_Y - p_X_x_W_M*p_M_Y*sqrt(var_W)}.
	 */
	public String expression(Function<String, String> coefficient, Function<String, String> standardDeviation) {
		StringBuilder out = new StringBuilder();
		for (Term term : terms) {
			boolean negative = term.weight() < 0;
			out.append(out.isEmpty() ? (negative ? "-" : "") : (negative ? " - " : " + "));
			double size = Math.abs(term.weight());
			List<String> factors = new java.util.ArrayList<>();
			if (size != 1) {
				factors.add(size == Math.rint(size) ? Long.toString((long) size) : Double.toString(size));
			}
			term.coefficients().forEach(label -> factors.add(coefficient.apply(label)));
			if (term.variance() != null) {
				factors.add(standardDeviation.apply(term.variance()));
			}
			out.append(String.join("*", factors));
		}
		return out.toString();
	}

	/** The labels of the variances whose standard deviations the parameter uses. */
	public List<String> variances() {
		return terms.stream().map(Term::variance).filter(v -> v != null).distinct().toList();
	}
}
