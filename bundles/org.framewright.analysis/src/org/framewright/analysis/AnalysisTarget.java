package org.framewright.analysis;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.framewright.analysis.lavaan.LavaanWriter;
import org.framewright.analysis.mplus.MplusWriter;
import org.framewright.analysis.seminr.SeminrWriter;
import org.framewright.analysis.semopy.SemopyWriter;
import org.framewright.analysis.spss.SpssWriter;
import org.framewright.analysis.stata.StataWriter;
import org.framewright.model.Framework;
import org.framewright.model.generation.FrameworkGenerator;

/** The tools analysis code is written for, by the id the command line and the Studio use. */
public enum AnalysisTarget {

	LAVAAN("lavaan", "R lavaan and semTools (CB-SEM)", LavaanWriter::new),
	SEMINR("seminr", "R seminr (PLS-SEM)", SeminrWriter::new),
	SEMOPY("semopy", "Python semopy", SemopyWriter::new),
	MPLUS("mplus", "Mplus inputs: the analysis, and a CFA for composite reliability and AVE", MplusWriter::new),
	STATA("stata", "Stata sem do-file", StataWriter::new),
	SPSS("spss", "SPSS syntax with PROCESS calls", SpssWriter::new);

	private final String id;

	private final String description;

	private final Function<AnalysisOptions, FrameworkGenerator> writer;

	AnalysisTarget(String id, String description, Function<AnalysisOptions, FrameworkGenerator> writer) {
		this.id = id;
		this.description = description;
		this.writer = writer;
	}

	public String id() {
		return id;
	}

	public String description() {
		return description;
	}

	/** The target's writer with the default bootstrap. */
	public FrameworkGenerator writer() {
		return writer(AnalysisOptions.DEFAULTS);
	}

	public FrameworkGenerator writer(AnalysisOptions options) {
		return writer.apply(options);
	}

	public static Optional<AnalysisTarget> byId(String id) {
		return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
	}

	/** True if the framework has something to estimate: a hypothesis and constructs measured by items. */
	public static boolean canAnalyse(Framework framework) {
		return LavaanWriter.canAnalyse(framework);
	}
}
