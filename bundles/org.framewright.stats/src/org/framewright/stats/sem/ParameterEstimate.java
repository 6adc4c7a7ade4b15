package org.framewright.stats.sem;

/**
 * One row of the parameter table, as lavaan's {@code parameterEstimates} and {@code standardizedSolution} give it.
 *
 * @param parameter     the parameter
 * @param estimate      its unstandardized estimate (for a fixed one, its value)
 * @param standardError from the expected information (lavaan's se = "standard", information = "expected"); 0 for a
 *                      fixed parameter, as lavaan prints it
 * @param z             estimate / standard error; NaN for a fixed parameter
 * @param pValue        two-sided, from the standard normal; NaN for a fixed parameter
 * @param standardized  the completely standardized value (lavaan's std.all)
 */
public record ParameterEstimate(Parameter parameter, double estimate, double standardError, double z, double pValue, double standardized) {

	public String lhs() {
		return parameter.lhs();
	}

	public String op() {
		return parameter.op();
	}

	public String rhs() {
		return parameter.rhs();
	}

	public boolean free() {
		return parameter.free();
	}
}
