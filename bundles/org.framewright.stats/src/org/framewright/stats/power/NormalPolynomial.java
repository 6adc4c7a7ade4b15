package org.framewright.stats.power;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A polynomial in independent standard normal variables z_0, z_1, ..., with exact moments. Every construct of a
 * planned population is one: its own shock (an exogenous construct's value or an endogenous one's disturbance) plus
 * the planned combination of its predictors, products and squares included. The expectation of a monomial is the
 * product of the normal moments E[z^k] (0 for odd k, (k - 1)!! for even k), so means, variances and covariances of
 * constructs downstream of an interaction, which are not normal, are exact rather than estimated from a large sample.
 */
final class NormalPolynomial {

	/** A product of powers of the variables, by their exponents. */
	private record Monomial(int[] exponents) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Monomial monomial && Arrays.equals(exponents, monomial.exponents);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(exponents);
		}

		Monomial times(Monomial other) {
			int[] sum = exponents.clone();
			for (int i = 0; i < sum.length; i++) {
				sum[i] += other.exponents[i];
			}
			return new Monomial(sum);
		}

		double expectation() {
			double product = 1;
			for (int k : exponents) {
				product *= normalMoment(k);
			}
			return product;
		}
	}

	private final int variables;
	private final Map<Monomial, Double> terms;

	private NormalPolynomial(int variables, Map<Monomial, Double> terms) {
		this.variables = variables;
		this.terms = terms;
	}

	/** The variable z_index among the given number of variables, times a coefficient. */
	static NormalPolynomial variable(int variables, int index, double coefficient) {
		int[] exponents = new int[variables];
		exponents[index] = 1;
		Map<Monomial, Double> terms = new LinkedHashMap<>();
		terms.put(new Monomial(exponents), coefficient);
		return new NormalPolynomial(variables, terms);
	}

	/** The constant zero. */
	static NormalPolynomial zero(int variables) {
		return new NormalPolynomial(variables, new LinkedHashMap<>());
	}

	/** This plus {@code scale} times the other. */
	NormalPolynomial plus(NormalPolynomial other, double scale) {
		Map<Monomial, Double> sum = new LinkedHashMap<>(terms);
		other.terms.forEach((monomial, coefficient) -> sum.merge(monomial, scale * coefficient, Double::sum));
		return new NormalPolynomial(variables, sum);
	}

	/** This plus a constant. */
	NormalPolynomial plus(double constant) {
		Map<Monomial, Double> sum = new LinkedHashMap<>(terms);
		sum.merge(new Monomial(new int[variables]), constant, Double::sum);
		return new NormalPolynomial(variables, sum);
	}

	NormalPolynomial times(NormalPolynomial other) {
		Map<Monomial, Double> product = new LinkedHashMap<>();
		terms.forEach((a, ca) -> other.terms.forEach((b, cb) -> product.merge(a.times(b), ca * cb, Double::sum)));
		return new NormalPolynomial(variables, product);
	}

	double expectation() {
		double sum = 0;
		for (Map.Entry<Monomial, Double> term : terms.entrySet()) {
			sum += term.getValue() * term.getKey().expectation();
		}
		return sum;
	}

	/** E[this * other], without building the product. */
	double expectationOfProduct(NormalPolynomial other) {
		double sum = 0;
		for (Map.Entry<Monomial, Double> a : terms.entrySet()) {
			for (Map.Entry<Monomial, Double> b : other.terms.entrySet()) {
				sum += a.getValue() * b.getValue() * a.getKey().times(b.getKey()).expectation();
			}
		}
		return sum;
	}

	double covariance(NormalPolynomial other) {
		return expectationOfProduct(other) - expectation() * other.expectation();
	}

	double variance() {
		return covariance(this);
	}

	/** E[z^k] of a standard normal z: 0 for odd k, (k - 1)!! for even k. */
	static double normalMoment(int k) {
		if (k % 2 == 1) {
			return 0;
		}
		double moment = 1;
		for (int j = k - 1; j > 1; j -= 2) {
			moment *= j;
		}
		return moment;
	}
}
