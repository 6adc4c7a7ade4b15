package org.framewright.cli;

import java.util.List;

import org.framewright.model.Construct;
import org.framewright.model.Framework;
import org.framewright.model.generation.FrameworkGenerator;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.model.structure.ModelSize;
import org.framewright.model.structure.Path;
import org.framewright.model.structure.StructuralModel;

/**
 * The validation report written by {@code framewright build}: what the framework holds, the structural model
 * its hypotheses imply, the size of the model to estimate, and every problem found.
 */
final class ValidationReport implements FrameworkGenerator {

	private final LoadedFile file;

	ValidationReport(LoadedFile file) {
		this.file = file;
	}

	@Override
	public String description() {
		return "validation report";
	}

	@Override
	public List<GeneratedFile> generate(Framework framework) {
		StringBuilder text = new StringBuilder();
		text.append("Validation report: ").append(framework.getName());
		if (framework.getTitle() != null) {
			text.append(" (").append(framework.getTitle()).append(')');
		}
		text.append("\nSource file: ").append(file.displayName()).append("\n\n");
		int items = framework.getConstructs().stream().mapToInt(c -> c.getItems().size()).sum();
		text.append("Constructs: ").append(framework.getConstructs().size()).append(", items: ").append(items)
				.append(", controls: ").append(framework.getControls().size()).append(", hypotheses: ")
				.append(framework.getHypotheses().size()).append("\n\n");
		StructuralModel structure = StructuralModel.of(framework);
		text.append("Structural paths (stated by / implied by):\n");
		for (Path path : structure.getPaths()) {
			text.append("  ").append(path).append("  ")
					.append(path.isStated() ? String.join(", ", path.getStatedBy().stream().map(h -> h.getName()).toList()) : "not stated")
					.append(path.getImpliedBy().isEmpty() ? "" : " / " + String.join(", ", path.getImpliedBy().stream().map(h -> h.getName()).toList()))
					.append('\n');
		}
		text.append("Exogenous: ").append(names(structure.getExogenous())).append('\n');
		text.append("Endogenous: ").append(names(structure.getEndogenous())).append("\n\n");
		ModelSize size = ModelSize.of(framework);
		text.append("Full SEM: ").append(size.getObservedVariables()).append(" observed variables, ")
				.append(size.getMoments()).append(" moments, ").append(size.getFreeParameters())
				.append(" free parameters, ").append(size.getDegreesOfFreedom()).append(" degrees of freedom\n\n");
		text.append("Problems: ").append(ProblemPrinter.summary(List.of(file))).append('\n');
		file.problems().forEach(p -> text.append("  ").append(p.format()).append('\n'));
		return List.of(GeneratedFile.text(framework.getName() + "-validation.txt", text.toString()));
	}

	private static String names(Iterable<Construct> constructs) {
		StringBuilder names = new StringBuilder();
		constructs.forEach(c -> names.append(names.isEmpty() ? "" : ", ").append(c.getName()));
		return names.isEmpty() ? "(none)" : names.toString();
	}
}
