package org.framewright.ui.language;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.framewright.ui.UiIds;

/**
 * Turns the diagnostics the language server publishes into problem markers on the workspace's files, so that
 * they show in the Problems view, on the editor's rulers and on the navigator's icons.
 */
public final class ProblemMarkers {

	/** The marker attribute holding the validator's issue code, for quick fixes. */
	public static final String ISSUE_CODE = "org.framewright.ui.issueCode";

	private ProblemMarkers() {
	}

	/** Keeps the markers of every file in step with the session's diagnostics from now on. */
	public static void follow(LanguageSession session) {
		session.client().addDiagnosticsListener(ProblemMarkers::update);
		session.client().allDiagnostics().forEach(ProblemMarkers::update);
	}

	private static void update(String uri, List<Diagnostic> diagnostics) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(URI.create(uri));
		for (IFile file : files) {
			WorkspaceJob job = new WorkspaceJob("Problems of " + file.getName()) {
				@Override
				public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
					replace(file, diagnostics);
					return Status.OK_STATUS;
				}
			};
			job.setRule(file);
			job.setSystem(true);
			job.schedule();
		}
	}

	static void replace(IFile file, List<Diagnostic> diagnostics) throws CoreException {
		if (!file.exists()) {
			return;
		}
		IDocument text = diagnostics.isEmpty() ? null : contents(file);
		List<Map<String, Object>> wanted = diagnostics.stream().map(d -> attributes(d, text)).toList();
		IMarker[] existing = file.findMarkers(UiIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
		if (sameProblems(existing, wanted)) {
			return; // nothing changed: no churn in the Problems view
		}
		file.deleteMarkers(UiIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
		for (Map<String, Object> attributes : wanted) {
			file.createMarker(UiIds.PROBLEM_MARKER).setAttributes(attributes);
		}
	}

	private static Map<String, Object> attributes(Diagnostic diagnostic, IDocument text) {
		int start = LspPositions.offset(text, diagnostic.getRange().getStart());
		int end = LspPositions.offset(text, diagnostic.getRange().getEnd());
		return Map.of(IMarker.MESSAGE, message(diagnostic), IMarker.SEVERITY, severity(diagnostic.getSeverity()), IMarker.LINE_NUMBER,
				diagnostic.getRange().getStart().getLine() + 1, IMarker.CHAR_START, start, IMarker.CHAR_END, Math.max(end, start + 1),
				IMarker.LOCATION, "line " + (diagnostic.getRange().getStart().getLine() + 1), ISSUE_CODE,
				diagnostic.getCode() == null ? "" : String.valueOf(diagnostic.getCode().get()));
	}

	private static boolean sameProblems(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
		if (existing.length != wanted.size()) {
			return false;
		}
		java.util.Set<Map<String, Object>> have = new java.util.HashSet<>();
		for (IMarker marker : existing) {
			have.add(marker.getAttributes());
		}
		return have.equals(new java.util.HashSet<>(wanted));
	}

	/** The text the diagnostics were computed on: the editor's, while the file is open, else the file's. */
	private static IDocument contents(IFile file) throws CoreException {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (buffer != null) {
			return new Document(buffer.getDocument().get());
		}
		try (var in = file.getContents(true)) {
			return new Document(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (java.io.IOException e) {
			return new Document("");
		}
	}

	/** A diagnostic's message as plain text (LSP 3.18 allows Markdown too). */
	public static String message(Diagnostic diagnostic) {
		var message = diagnostic.getMessage();
		return message.isLeft() ? message.getLeft() : message.getRight().getValue();
	}

	private static int severity(DiagnosticSeverity severity) {
		if (severity == null) {
			return IMarker.SEVERITY_ERROR;
		}
		return switch (severity) {
			case Error -> IMarker.SEVERITY_ERROR;
			case Warning -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}
}
