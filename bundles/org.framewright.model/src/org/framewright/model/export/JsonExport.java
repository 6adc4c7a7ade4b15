package org.framewright.model.export;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.framewright.model.Framework;
import org.framewright.model.generation.FrameworkGenerator;
import org.framewright.model.generation.GeneratedFile;

/**
 * The framework as JSON, for tools outside EMF: each object is {@code {"type": ..., feature: value, ...}};
 * contained objects are nested; references are written as the name of the element they point at. Features
 * left at their default are omitted. Strings are escaped by {@link JsonText}.
 */
public final class JsonExport implements FrameworkGenerator {

	@Override
	public String description() {
		return "model as JSON";
	}

	@Override
	public List<GeneratedFile> generate(Framework framework) {
		StringBuilder out = new StringBuilder();
		write(framework, out, "");
		out.append('\n');
		return List.of(GeneratedFile.text(framework.getName() + ".json", out.toString()));
	}

	private void write(EObject object, StringBuilder out, String indent) {
		String inner = indent + "  ";
		out.append("{\n").append(inner).append("\"type\": ").append(JsonText.quote(object.eClass().getName()));
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!object.eIsSet(feature) || feature.isDerived() || feature.isTransient()) {
				continue;
			}
			out.append(",\n").append(inner).append(JsonText.quote(feature.getName())).append(": ");
			Object value = object.eGet(feature);
			if (feature.isMany()) {
				writeList((EList<?>) value, feature, out, inner);
			} else {
				writeValue(value, feature, out, inner);
			}
		}
		out.append('\n').append(indent).append('}');
	}

	private void writeList(EList<?> values, EStructuralFeature feature, StringBuilder out, String indent) {
		out.append('[');
		String inner = indent + "  ";
		for (int i = 0; i < values.size(); i++) {
			out.append(i == 0 ? "\n" : ",\n").append(inner);
			writeValue(values.get(i), feature, out, inner);
		}
		out.append(values.isEmpty() ? "]" : "\n" + indent + "]");
	}

	private void writeValue(Object value, EStructuralFeature feature, StringBuilder out, String indent) {
		if (feature instanceof EReference reference && reference.isContainment()) {
			write((EObject) value, out, indent);
		} else if (feature instanceof EReference) {
			EObject target = (EObject) value;
			EStructuralFeature name = target.eClass().getEStructuralFeature("name");
			out.append(name == null ? "null" : JsonText.quote(String.valueOf(target.eGet(name))));
		} else if (feature instanceof EAttribute && (value instanceof Number || value instanceof Boolean)) {
			out.append(value);
		} else if (value instanceof ENamedElement || value instanceof EEnumLiteral || value instanceof Enum<?>) {
			out.append(JsonText.quote(value.toString()));
		} else {
			out.append(JsonText.quote(String.valueOf(value)));
		}
	}
}
