package org.framewright.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.framewright.dsl.FramewrightStandaloneSetup;
import org.framewright.dsl.validation.IssueCodes;
import org.framewright.model.Framework;

import com.google.inject.Injector;

/**
 * Reads .fwk files into one resource set, so that they may refer to each other, and validates them.
 */
final class FrameworkLoader {

	static final String INVALID_ENCODING = "fw.invalid-encoding";

	private static Injector injector;

	private final XtextResourceSet resourceSet;
	private final IResourceValidator validator;

	FrameworkLoader() {
		Injector languageInjector = injector();
		resourceSet = languageInjector.getInstance(XtextResourceSet.class);
		validator = languageInjector.getInstance(IResourceValidator.class);
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new FramewrightStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Reads every file, then validates each; throws on the first file that cannot be read at all. */
	List<LoadedFile> load(List<String> files) throws UnreadableFileException {
		Map<String, Resource> resources = new LinkedHashMap<>();
		Map<String, Problem> encodingProblems = new LinkedHashMap<>();
		for (String file : files) {
			String text = read(file, encodingProblems);
			if (text == null) {
				continue;
			}
			Path path = Path.of(file).toAbsolutePath().normalize();
			Resource resource = resourceSet.createResource(URI.createFileURI(path.toString()));
			try {
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			} catch (IOException e) {
				throw new UnreadableFileException(file, e.getMessage());
			}
			resources.put(file, resource);
		}
		List<LoadedFile> loaded = new ArrayList<>();
		for (String file : files) {
			if (encodingProblems.containsKey(file)) {
				loaded.add(new LoadedFile(file, null, List.of(encodingProblems.get(file))));
				continue;
			}
			Resource resource = resources.get(file);
			List<Problem> problems = new ArrayList<>();
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				problems.add(toProblem(file, issue));
			}
			problems.sort(Problem.IN_FILE_ORDER);
			Framework framework = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Framework f) ? null : f;
			if (framework == null && problems.isEmpty()) {
				problems.add(new Problem(file, 1, 1, Problem.Severity.ERROR, IssueCodes.SYNTAX_ERROR,
						"The file holds no framework; it must start with 'framework <Name>'."));
			}
			loaded.add(new LoadedFile(file, framework, List.copyOf(problems)));
		}
		return loaded;
	}

	private static String read(String file, Map<String, Problem> encodingProblems) throws UnreadableFileException {
		Path path = Path.of(file);
		if (!Files.exists(path)) {
			throw new UnreadableFileException(file, "no such file");
		}
		if (Files.isDirectory(path)) {
			throw new UnreadableFileException(file, "is a directory, not a .fwk file");
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		} catch (IOException | SecurityException e) {
			throw new UnreadableFileException(file, "cannot be read (" + e.getMessage() + ")");
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		try {
			String text = decoder.decode(buffer).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			int offset = buffer.position();
			String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
			int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
			int column = before.length() - before.lastIndexOf('\n');
			int length = e instanceof MalformedInputException m ? m.getInputLength() : 1;
			String badByte = String.format("0x%02X", bytes[Math.min(offset, bytes.length - 1)] & 0xFF);
			encodingProblems.put(file, new Problem(file, line, column, Problem.Severity.ERROR, INVALID_ENCODING,
					"The file is not valid UTF-8: byte " + badByte + (length > 1 ? " (and the next " + (length - 1) + ")" : "")
							+ " cannot be decoded. Save the file as UTF-8."));
			return null;
		}
	}

	private static Problem toProblem(String file, Issue issue) {
		Problem.Severity severity = switch (issue.getSeverity()) {
			case ERROR -> Problem.Severity.ERROR;
			case WARNING -> Problem.Severity.WARNING;
			default -> Problem.Severity.INFO;
		};
		String code = issue.getCode();
		if (code == null || code.startsWith(Diagnostic.class.getName()) || !code.startsWith("fw.")) {
			code = IssueCodes.SYNTAX_ERROR;
		}
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new Problem(file, line, column, severity, code, issue.getMessage());
	}

}
