package org.framewright.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.framewright.model.Framework;
import org.framewright.model.generation.GeneratedFile;
import org.framewright.stats.Result;
import org.framewright.stats.power.PowerAnalysis;
import org.framewright.stats.power.PowerReport;
import org.framewright.stats.power.PowerResults;
import org.framewright.stats.power.PowerSettings;

/**
 * {@code framewright power FILE [--n 100:1000:50] [--reps 1000]}: the power of every hypothesis at each sample size,
 * by simulating the study plan's population, and the smallest sample at which every hypothesis reaches 0.80.
 */
final class PowerCommand implements Command {

	/** Sample sizes when none are asked for, with the plan's own added. */

	@Override
	public String name() {
		return "power";
	}

	@Override
	public String summary() {
		return "the power of every hypothesis by sample size, simulated from the study plan's expected effects";
	}

	@Override
	public String help() {
		return """
				Usage: framewright power FILE [--n FROM:TO:STEP | --n N,N,...] [--reps R] [--seed S] [--threads T] [--bootstrap B]
				                              [-o DIR] [--force]

				Simulates samples from the population the framework's plan describes (its expected standardized
				effects, and its items' loadings or constructs' reliabilities), analyses each as the data will be (the
				structural equation model by maximum likelihood; a mediation judged by its indirect effect's Monte
				Carlo interval; one-sided where the hypothesis and the plan's tails say so), and prints each
				hypothesis's power at each sample size and the smallest sample at which every one reaches 0.80. With
				-o, writes <Name>-power.html with the power curves. A plan with an expected effect for a moderation
				(its interaction's standardized coefficient) or a curvilinear effect (its square's) is simulated case
				by case, and those hypotheses are judged, as the analysis judges them, by the path model on composite
				scores with mean-centred products and squares.

				Options:
				  --n SIZES      sample sizes: FROM:TO:STEP or a list N,N,... (default 100:1000:50, plus the plan's)
				  --reps R       replications at each size (default 1000)
				  --seed S       the seed (default 20240601); the same seed gives the same powers on any thread count
				  --threads T    threads (default: every core)
				  --bootstrap B  judge each replication's indirect effects by a bootstrap of its cases with B draws,
				                 as `analyse --bootstrap` would, instead of Monte Carlo intervals (far slower)
				  -o, --output DIR   where to write the report
				  --population FILE  also write the planned population's covariance matrix of the observed
				                 variables as CSV (to simulate the same population elsewhere; of a plan with
				                 interactions or squares, its second moments only)
				  --force        replace a report that Framewright did not write
				""";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		String sizes = arguments.value("n", null, null);
		int replications = whole("--reps", arguments.value("reps", null, Integer.toString(PowerSettings.DEFAULT_REPLICATIONS)), 1);
		long seed = whole("--seed", arguments.value("seed", null, Long.toString(PowerSettings.DEFAULT_SEED)), 0);
		int threads = whole("--threads", arguments.value("threads", null, Integer.toString(Runtime.getRuntime().availableProcessors())), 1);
		int bootstrap = whole("--bootstrap", arguments.value("bootstrap", null, "0"), 0);
		String output = arguments.value("output", "o", null);
		String populationFile = arguments.value("population", null, null);
		boolean force = arguments.flag("force");
		List<String> files = arguments.operands();
		if (files.size() != 1) {
			throw new Arguments.UsageException("name exactly one .fwk file.");
		}
		FrameworkInput.Loaded loaded = FrameworkInput.load(name(), files.get(0), err);
		if (loaded.file() == null) {
			return loaded.exit();
		}
		Framework framework = loaded.file().framework();
		List<Integer> ns = sampleSizes(sizes, framework);
		if (populationFile != null) {
			int written = writePopulation(framework, Path.of(populationFile), force, err);
			if (written != Main.OK) {
				return written;
			}
		}
		PowerSettings settings = new PowerSettings(ns, replications, seed, threads, PowerSettings.DEFAULT_MONTE_CARLO_DRAWS, bootstrap);
		long start = System.nanoTime();
		Result<PowerResults> results = PowerAnalysis.run(framework, settings, ProgressBar.onStandardError(err, "power"));
		results.problems().forEach(problem -> err.println(files.get(0) + ": " + problem));
		if (!results.isOk()) {
			err.println("framewright power: " + files.get(0) + ": no power analysis (see above).");
			return Main.MODEL_ERRORS;
		}
		err.println(files.get(0) + ": " + results.get().method());
		results.get().notes().forEach(note -> err.println(files.get(0) + ": " + note));
		out.printf("Power of %s (%d replications at each N, %.1f s):%n", framework.getName(), replications, (System.nanoTime() - start) / 1e9);
		out.print(PowerReport.table(results.get()));
		if (output == null) {
			return Main.OK;
		}
		GeneratedFile report = GeneratedFile.text(framework.getName() + "-power.html", PowerReport.html(framework, results.get()));
		return new OutputWriter(name(), out, err).write(Path.of(output), List.of(report), force);
	}

	private static int writePopulation(Framework framework, Path file, boolean force, PrintStream err) {
		Result<PowerAnalysis.Population> population = PowerAnalysis.population(framework);
		if (!population.isOk()) {
			population.problems().forEach(err::println);
			return Main.MODEL_ERRORS;
		}
		Path folder = file.toAbsolutePath().getParent();
		if (!Files.isDirectory(folder)) {
			err.println("framewright power: cannot write " + file + ": the folder " + folder + " does not exist.");
			return Main.USAGE;
		}
		if (Files.exists(file) && !force) {
			err.println("framewright power: " + file + " exists; pass --force to replace it.");
			return Main.USAGE;
		}
		StringBuilder csv = new StringBuilder(",").append(String.join(",", population.get().observed())).append("\n");
		double[][] covariance = population.get().covariance();
		for (int i = 0; i < covariance.length; i++) {
			csv.append(population.get().observed().get(i));
			for (double value : covariance[i]) {
				csv.append(',').append(Double.toString(value));
			}
			csv.append("\n");
		}
		Path temporary = null;
		try {
			temporary = Files.createTempFile(folder, ".population", ".csv");
			Files.writeString(temporary, csv);
			Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} catch (java.io.IOException e) {
			err.println("framewright power: cannot write " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").");
			return Main.USAGE;
		} finally {
			deleteQuietly(temporary);
		}
		return Main.OK;
	}

	/** Removes a temporary file left by a failed write; nothing if it was moved into place. */
	private static void deleteQuietly(Path temporary) {
		if (temporary != null) {
			try {
				Files.deleteIfExists(temporary);
			} catch (java.io.IOException e) {
				// a stray temporary file is no reason to fail the command
			}
		}
	}

	/** FROM:TO:STEP or N,N,...; the plan's sample size is added when the default range is used. */
	static List<Integer> sampleSizes(String text, Framework framework) {
		if (text == null) {
			return PowerSettings.defaultSampleSizes(framework);
		}
		TreeSet<Integer> sizes = new TreeSet<>();
		String spec = text.strip();
		try {
			if (spec.contains(":")) {
				String[] parts = spec.split(":");
				int from = Integer.parseInt(parts[0].strip());
				int to = Integer.parseInt(parts[1].strip());
				int step = parts.length > 2 ? Integer.parseInt(parts[2].strip()) : 50;
				if (parts.length > 3 || step < 1 || to < from) {
					throw new NumberFormatException();
				}
				for (int n = from; n <= to; n += step) {
					sizes.add(n);
				}
			} else {
				for (String part : spec.split(",")) {
					sizes.add(Integer.parseInt(part.strip()));
				}
			}
		} catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
			throw new Arguments.UsageException("--n takes FROM:TO:STEP (e.g. 100:1000:50) or a list N,N,..., not '" + spec + "'.");
		}
		if (sizes.first() < 10 || sizes.size() > 1000) {
			throw new Arguments.UsageException("--n takes sample sizes of 10 or more, at most 1000 of them.");
		}
		return new ArrayList<>(sizes);
	}

	private static int whole(String option, String value, int minimum) {
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= minimum) {
				return n;
			}
		} catch (NumberFormatException e) {
			// the usage error below
		}
		throw new Arguments.UsageException(option + " takes a whole number from " + minimum + " up, not '" + value + "'.");
	}
}
