package org.framewright.analysis.semopy;

/**
 * The fixed parts of the semopy script: the fit, the bootstrap, reliability and the verdict table. They read only
 * the tables the writer generates ({@code DESCRIPTION}, {@code PATHS}, {@code DEFINED}, {@code ALPHA_ITEMS},
 * {@code TESTS}), never the framework.
 */
final class SemopyReport {

	private SemopyReport() {
	}

	/**
	 * semopy has no defined parameters (lavaan's {@code :=}): every labelled path is found in the fitted model by
	 * outcome and predictor, every labelled variance by its latent variable, and each defined effect is its sum of
	 * weighted products of those estimates (times a moderator's standard deviation where it has one), on the data and on
	 * every bootstrap draw (rows resampled with replacement with a fixed seed, the model refitted).
	 */
	static final String ESTIMATION = """
			def estimates(frame):
			    model = semopy.Model(DESCRIPTION)
			    model.fit(frame)
			    table = model.inspect()
			    values = {}
			    for label, (outcome, predictor) in PATHS.items():
			        row = table[(table["lval"] == outcome) & (table["op"] == "~") & (table["rval"] == predictor)]
			        values[label] = float(row["Estimate"].iloc[0]) if len(row) else float("nan")
			    for label, latent in VARIANCES.items():
			        row = table[(table["lval"] == latent) & (table["op"] == "~~") & (table["rval"] == latent)]
			        values[label] = float(row["Estimate"].iloc[0]) if len(row) else float("nan")
			    for name, terms in DEFINED.items():
			        values[name] = sum(weight * float(np.prod([values[factor] for factor in factors]))
			                           * (float(np.sqrt(values[variance])) if variance else 1.0) for weight, factors, variance in terms)
			    return model, values


			model, point = estimates(data)
			print("Fit")
			print(semopy.calc_stats(model).T.to_string())

			rng = np.random.default_rng(SEED)
			draws_done = []
			failed = 0
			for _ in range(draws):
			    sample = data.iloc[rng.integers(0, len(data), len(data))].reset_index(drop=True)
			    try:
			        draws_done.append(estimates(sample)[1])
			    except Exception:
			        failed += 1
			boot = pd.DataFrame(draws_done, columns=list(point))
			print(f"\\n{len(boot)} bootstrap draws ({failed} failed to converge and were left out)")

			""";

	/** Cronbach's alpha of each first-order reflective construct, from its (recoded) items. */
	static final String RELIABILITY = """
			def cronbach_alpha(items):
			    k = items.shape[1]
			    return k / (k - 1) * (1 - items.var(ddof=1).sum() / items.sum(axis=1).var(ddof=1))


			print("\\nCronbach's alpha")
			print(pd.Series({latent: cronbach_alpha(data[items]) for latent, items in ALPHA_ITEMS.items()}, dtype=float).to_string())

			""";

	/**
	 * One verdict per hypothesis from the percentile bootstrap interval of its parameter: 95% for a two-sided
	 * hypothesis, 90% (one-sided 5%) for a directional one. Supported when the interval excludes zero on the expected
	 * side; opposite sign when significant the other way in a two-sided 5% test (fewer than 2.5% of the draws on the
	 * expected side), as in the lavaan script; not supported otherwise. The bootstrap p is the
	 * share of draws on the wrong side of zero (twice the smaller side's share for a two-sided hypothesis).
	 */
	static final String VERDICTS = """
			def verdict_of(expected, lower, upper, values):
			    if np.isnan(lower) or np.isnan(upper):
			        return "not estimated"
			    above, below = lower > 0, upper < 0
			    if expected == "positive":
			        return "supported" if above else "opposite sign" if (values >= 0).mean() < 0.025 else "not supported"
			    if expected == "negative":
			        return "supported" if below else "opposite sign" if (values <= 0).mean() < 0.025 else "not supported"
			    return "supported" if above or below else "not supported"


			def row_of(hypothesis, parameter, expected):
			    values = boot[parameter].dropna() if parameter in boot else pd.Series(dtype=float)
			    if len(values) == 0:
			        return [hypothesis, parameter, expected, point.get(parameter, float("nan")), float("nan"), float("nan"), float("nan"), float("nan"), "not estimated"]
			    level = 0.95 if expected == "two-sided" else 0.90
			    lower, upper = values.quantile((1 - level) / 2), values.quantile(1 - (1 - level) / 2)
			    if expected == "positive":
			        p = (values <= 0).mean()
			    elif expected == "negative":
			        p = (values >= 0).mean()
			    else:
			        p = min(1.0, 2 * min((values <= 0).mean(), (values >= 0).mean()))
			    return [hypothesis, parameter, expected, point[parameter], level, lower, upper, p, verdict_of(expected, lower, upper, values)]


			if not TESTS:
			    print("\\nThe framework states no hypotheses.")
			    sys.exit(0)
			verdicts = pd.DataFrame([row_of(*test) for test in TESTS],
			                        columns=["hypothesis", "parameter", "expected", "estimate", "ci_level", "ci_lower", "ci_upper", "p", "verdict"])
			print("\\nHypotheses")
			for (hypothesis, _, _), statement in zip(TESTS, STATEMENTS):
			    print(f"{hypothesis}: {statement}")
			print(verdicts.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
			verdicts.to_csv(verdict_file, index=False)
			print(f"\\nVerdicts written to {verdict_file}")
			if DEFINED:
			    effects = pd.DataFrame([[name, point[name], boot[name].dropna().quantile(0.025), boot[name].dropna().quantile(0.975)]
			                            for name in DEFINED], columns=["parameter", "estimate", "ci_lower", "ci_upper"])
			    print("\\nDefined effects with 95% percentile bootstrap intervals")
			    print(effects.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
			""";
}
