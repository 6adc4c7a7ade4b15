package org.framewright.ui.analysis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.diagram.DiagramAnnotations;
import org.framewright.diagram.DiagramOptions;
import org.framewright.diagram.FrameworkDiagram;
import org.framewright.diagram.render.DiagramFormat;
import org.framewright.diagram.text.DiagramFont;
import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.stats.Result;
import org.framewright.stats.bootstrap.BootstrapOptions;
import org.framewright.stats.bootstrap.ProgressListener;
import org.framewright.stats.report.DiagramNotes;
import org.framewright.stats.report.HtmlReport;
import org.framewright.stats.study.StudyAnalysis;
import org.framewright.stats.study.StudyResults;

/**
 * The Studio's analysis of a data file: raw responses, or a correlation table with its number of cases, analysed
 * against the framework by the stats engine, and its report with the diagram marked by the verdicts.
 */
public final class StudyReport {

	private StudyReport() {
	}

	/** Whether a file's first line names columns of the framework (items or controls): raw responses. */
	public static boolean looksLikeResponses(Path file, Framework framework) {
		try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
			String header = lines.findFirst().orElse("");
			Set<String> names = new HashSet<>();
			framework.getConstructs().forEach(c -> c.getItems().forEach(item -> names.add(item.getName())));
			framework.getControls().forEach(c -> names.add(c.getName()));
			for (String cell : header.split("[,;\t]")) {
				if (names.contains(cell.strip().replace("\"", ""))) {
					return true;
				}
			}
			return false;
		} catch (Exception e) {
			return false;
		}
	}

	public static Result<StudyResults> analyseResponses(Framework framework, Path csv) {
		return StudyAnalysis.ofResponses(framework, csv, null, ProgressListener.NONE);
	}

	/** Raw responses with a bootstrap of the structural equation model, reporting its progress and heeding cancellation. */
	public static Result<StudyResults> analyseResponses(Framework framework, Path csv, BootstrapOptions bootstrap, ProgressListener listener) {
		return StudyAnalysis.ofResponses(framework, csv, bootstrap, listener);
	}

	public static Result<StudyResults> analyseTable(Framework framework, Path table, int cases) {
		return StudyAnalysis.ofTable(framework, table, cases);
	}

	/** The report file, {@code <Name>-report.html}, with the annotated diagram when a font is found. */
	public static GeneratedFile report(Framework framework, StudyResults results) {
		String svg = null;
		try {
			svg = diagram(framework, DiagramNotes.of(results), DiagramFont.system());
		} catch (DiagramFont.FontNotFoundException e) {
			// the report without its diagram
		}
		return GeneratedFile.text(fileName(framework), HtmlReport.of(framework, results, svg));
	}

	public static String fileName(Framework framework) {
		return framework.getName() + "-report.html";
	}

	private static String diagram(Framework framework, DiagramNotes notes, DiagramFont font) {
		Map<String, String> paths = new LinkedHashMap<>();
		notes.paths().forEach(path -> paths.put(DiagramAnnotations.pathKey(path.cause(), path.effect()), path.note()));
		DiagramOptions options = DiagramOptions.DEFAULTS.withAnnotations(new DiagramAnnotations(notes.marks(), paths));
		return new String(DiagramFormat.SVG.renderer(font, DiagramFormat.DEFAULT_DPI).render(new FrameworkDiagram(font).draw(framework, options)),
				StandardCharsets.UTF_8);
	}

	/** The problems, one per line, for a dialog. */
	public static String describe(List<org.framewright.stats.Problem> problems) {
		return String.join("\n", problems.stream().map(Object::toString).toList());
	}
}
