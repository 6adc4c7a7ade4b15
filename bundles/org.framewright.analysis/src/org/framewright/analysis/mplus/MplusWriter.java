package org.framewright.analysis.mplus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.framewright.analysis.AnalysisOptions;
import org.framewright.analysis.design.AnalysisDesigner;
import org.framewright.analysis.design.AnalysisModel;
import org.framewright.analysis.design.Covariance;
import org.framewright.analysis.design.DefinedParameter;
import org.framewright.analysis.design.DummyCoding;
import org.framewright.analysis.design.HypothesisTest;
import org.framewright.analysis.design.Measure;
import org.framewright.analysis.design.MeasureKind;
import org.framewright.analysis.design.Predictor;
import org.framewright.analysis.design.ProductTerm;
import org.framewright.analysis.design.Regression;
import org.framewright.analysis.design.Variance;
import org.framewright.analysis.escape.MplusText;
import org.framewright.analysis.lavaan.LavaanWriter;
import org.framewright.model.Framework;
import org.framewright.model.generation.FrameworkGenerator;
import org.framewright.model.generation.GeneratedFile;

/**
 * The analysis of a framework as an Mplus input file, {@code <Name>.inp}. Mplus reads a numeric file without a
 * header row, so the input reads {@code <Name>-data.csv}: the codebook's CSV with its header line removed and
 * missing answers coded -999. Without latent interactions it estimates by ML with 5000 bootstrap draws and prints
 * bias-corrected bootstrap intervals; with them (XWITH needs TYPE = RANDOM and numerical integration, which Mplus
 * cannot bootstrap) it estimates by MLR and prints Wald intervals. Mplus prints no verdict table: the rule for each
 * hypothesis is written as a comment beside the parameter that tests it. As Mplus runs one analysis per input,
 * reliability has an input of its own, {@code <Name>-cfa.inp} ({@link MplusReliabilityInput}), written whenever
 * the CFA it holds is identified.
 */
public final class MplusWriter implements FrameworkGenerator {

	private final AnalysisOptions options;

	/** A writer with the default bootstrap. */
	public MplusWriter() {
		this(AnalysisOptions.DEFAULTS);
	}

	public MplusWriter(AnalysisOptions options) {
		this.options = options;
	}

	@Override
	public String description() {
		return "analysis code for Mplus";
	}

	@Override
	public List<GeneratedFile> generate(Framework framework) {
		if (!LavaanWriter.canAnalyse(framework)) {
			throw new IllegalArgumentException("the framework has no hypotheses about constructs measured by items, so there is nothing to estimate");
		}
		AnalysisModel analysis = AnalysisDesigner.design(framework, options);
		List<GeneratedFile> files = new ArrayList<>();
		files.add(GeneratedFile.text(fileName(analysis), input(analysis)));
		if (analysis.isMeasurementModelIdentified()) {
			files.add(GeneratedFile.text(reliabilityFileName(analysis), MplusReliabilityInput.input(analysis)));
		}
		return files;
	}

	/** The input file's name. */
	public static String fileName(AnalysisModel analysis) {
		return analysis.name() + ".inp";
	}

	/** The name of the second input, the CFA that gives composite reliability and AVE. */
	public static String reliabilityFileName(AnalysisModel analysis) {
		return analysis.name() + "-cfa.inp";
	}

	/** The headerless data file the input reads. */
	public static String dataFileName(AnalysisModel analysis) {
		return analysis.name() + "-data.csv";
	}

	static String input(AnalysisModel analysis) {
		MplusNames names = MplusCommands.frameworkNames(analysis);
		analysis.productTerms().forEach(term -> names.of(term.latent()));
		analysis.regressions().forEach(regression -> regression.predictors().forEach(predictor -> names.of(predictor.label())));
		analysis.variances().forEach(variance -> names.of(variance.label()));
		analysis.definedParameters().forEach(parameter -> names.of(parameter.name()));
		List<String> out = new ArrayList<>();
		title(out, analysis);
		MplusCommands.data(out, analysis);
		// A categorical control is used through its indicators, which DEFINE makes and which must come last.
		Set<String> coded = analysis.dummyCodings().stream().map(DummyCoding::control).collect(Collectors.toSet());
		List<String> used = new ArrayList<>(analysis.columns().stream().filter(column -> !coded.contains(column)).toList());
		analysis.dummyCodings().forEach(coding -> coding.dummies().forEach(dummy -> used.add(dummy.name())));
		MplusCommands.variable(out, analysis, names, used);
		MplusCommands.define(out, analysis, names, used);
		analysisCommand(out, analysis);
		model(out, analysis, names);
		constraint(out, analysis, names);
		output(out, analysis);
		hypotheses(out, analysis, names);
		return String.join("\n", out) + "\n";
	}

	private static boolean random(AnalysisModel analysis) {
		return !analysis.productTerms().isEmpty();
	}

	private static void title(List<String> out, AnalysisModel analysis) {
		out.add("TITLE:");
		out.addAll(MplusText.titleLines("Analysis of " + analysis.title() + " (" + analysis.name() + ")"));
		out.add("! Generated by Framewright; regenerate it from the framework rather than editing it.");
		if (analysis.isMeasurementModelIdentified()) {
			out.add("! Composite reliability and AVE of the constructs: " + reliabilityFileName(analysis) + ".");
		}
		out.add("");
	}

	private static void analysisCommand(List<String> out, AnalysisModel analysis) {
		out.add("ANALYSIS:");
		if (random(analysis)) {
			out.add("  ! Latent interactions (XWITH) need TYPE = RANDOM with numerical integration, which Mplus");
			out.add("  ! cannot bootstrap: MLR standard errors, and the intervals below are Wald (symmetric)");
			out.add("  ! intervals, not bootstrap intervals.");
			out.add("  TYPE = RANDOM;");
			out.add("  ALGORITHM = INTEGRATION;");
			out.add("  ESTIMATOR = MLR;");
		} else {
			out.add("  ESTIMATOR = ML;");
			out.add("  BOOTSTRAP = " + analysis.options().bootstrapDraws() + ";");
		}
		out.add("");
	}

	private static void model(List<String> out, AnalysisModel analysis, MplusNames names) {
		out.add("MODEL:");
		for (Measure measure : analysis.measures()) {
			out.addAll(MplusText.commentLines(names.of(measure.latent()) + " - " + measure.title()));
			if (measure.kind() == MeasureKind.FORMATIVE) {
				out.add("  ! Formative in the framework; measured reflectively here (specify a MIMIC model by hand).");
			}
			out.addAll(MplusCommands.list("  " + names.of(measure.latent()) + " BY", measure.indicators().stream().map(names::of).toList()));
		}
		for (ProductTerm term : analysis.productTerms()) {
			out.add("  ! " + (term.isQuadratic() ? "Square of " + names.of(term.left()) : "Interaction of " + names.of(term.left()) + " and " + names.of(term.right())));
			out.add("  " + names.of(term.latent()) + " | " + names.of(term.left()) + " XWITH " + names.of(term.right()) + ";");
		}
		for (Regression regression : analysis.regressions()) {
			for (Predictor predictor : regression.predictors()) {
				out.add("  " + names.of(regression.outcome()) + " ON " + names.of(predictor.variable()) + " (" + names.of(predictor.label()) + ");");
			}
		}
		// An XWITH interaction may only stand on the right of ON, so its covariances are left to Mplus.
		Set<String> interactions = analysis.productTerms().stream().map(ProductTerm::latent).collect(Collectors.toSet());
		List<Covariance> covariances = analysis.covariances().stream()
				.filter(covariance -> !interactions.contains(covariance.left()) && !interactions.contains(covariance.right())).toList();
		if (!covariances.isEmpty()) {
			out.add("  ! Exogenous constructs covary with the controls, and the controls with each other");
		}
		for (Covariance covariance : covariances) {
			out.add("  " + names.of(covariance.left()) + " WITH " + names.of(covariance.right()) + ";");
		}
		for (Variance variance : analysis.variances()) {
			out.add("  ! The variance of " + names.of(variance.latent()) + ", for effects at one SD either side of its mean");
			out.add("  " + names.of(variance.latent()) + " (" + names.of(variance.label()) + ");");
		}
		out.add("");
	}

	private static void constraint(List<String> out, AnalysisModel analysis, MplusNames names) {
		if (analysis.definedParameters().isEmpty()) {
			return;
		}
		out.add("MODEL CONSTRAINT:");
		List<String> news = analysis.definedParameters().stream().map(p -> names.of(p.name())).toList();
		out.addAll(MplusCommands.list("  NEW(" + news.get(0), news.subList(1, news.size()), ");"));
		for (DefinedParameter parameter : analysis.definedParameters()) {
			out.addAll(MplusText.wrap("  ! ", MplusText.plain(parameter.description())));
			String sum = parameter.expression(names::of, variance -> "SQRT(" + names.of(variance) + ")");
			out.addAll(MplusText.wrap("    ", names.of(parameter.name()) + " = " + sum + ";"));
		}
		out.add("");
	}

	private static void output(List<String> out, AnalysisModel analysis) {
		out.add("OUTPUT:");
		if (random(analysis)) {
			out.add("  ! No STDYX: Mplus does not give standardized estimates for every TYPE = RANDOM model.");
			out.add("  CINTERVAL;");
		} else {
			out.add("  CINTERVAL(BCBOOTSTRAP) STDYX;");
		}
		out.add("");
	}

	private static void hypotheses(List<String> out, AnalysisModel analysis, MplusNames names) {
		String interval = random(analysis) ? "Wald intervals" : "bias-corrected bootstrap intervals";
		out.add("! Verdicts: read each hypothesis's parameter in CONFIDENCE INTERVALS OF MODEL RESULTS");
		out.add("! (" + interval + ").");
		out.add("! A directional hypothesis is a one-sided test at 5%: supported when");
		out.add("! the 90% interval (Lower 5% to Upper 5%) lies on the expected side of zero;");
		out.add("! opposite sign when the 95% interval (Lower 2.5% to Upper 2.5%) lies wholly");
		out.add("! on the other side. A two-sided hypothesis is supported when the 95%");
		out.add("! interval excludes zero. Otherwise not supported.");
		for (HypothesisTest test : analysis.tests()) {
			out.addAll(MplusText.commentLines(test.hypothesis() + " - parameter " + names.of(test.parameter()) + " (" + where(analysis, test.parameter(), names)
					+ "), expected " + test.expected().label() + ", level 0.05"));
			out.addAll(MplusText.wrap("!   ", MplusText.plain(test.statement())));
		}
	}

	/** Where a parameter appears in the output: the path it labels, or the new parameter. */
	private static String where(AnalysisModel analysis, String parameter, MplusNames names) {
		for (Regression regression : analysis.regressions()) {
			for (Predictor predictor : regression.predictors()) {
				if (predictor.label().equals(parameter)) {
					return names.of(regression.outcome()) + " ON " + names.of(predictor.variable());
				}
			}
		}
		return "New/Additional Parameters";
	}
}
