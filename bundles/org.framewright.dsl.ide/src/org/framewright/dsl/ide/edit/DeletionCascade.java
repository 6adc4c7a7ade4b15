package org.framewright.dsl.ide.edit;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.framewright.model.ExpectedEffect;
import org.framewright.model.ExpectedLoading;
import org.framewright.model.ExpectedReliability;
import org.framewright.model.Framework;
import org.framewright.model.Hypothesis;

/**
 * What deleting an element takes with it, so that every reference left in the file still resolves: the
 * hypotheses that refer to a deleted construct or hypothesis (a moderation of a stage of a deleted mediation, too),
 * the study plan's expected effects of deleted hypotheses, expected loadings of deleted items and expected
 * reliabilities of deleted constructs; and, from lists
 * that stay (a construct's dimensions, a control's outcomes, a group's members), the references to deleted
 * constructs.
 */
final class DeletionCascade {

	/** A list of references from which some are removed. */
	record TrimmedList(EObject owner, EReference list) {
	}

	private final Framework framework;

	private final Set<EObject> removed = new LinkedHashSet<>();

	private final Set<TrimmedList> trimmed = new LinkedHashSet<>();

	private DeletionCascade(Framework framework) {
		this.framework = framework;
	}

	static DeletionCascade of(EObject element) {
		Framework framework = EcoreUtil2.getContainerOfType(element, Framework.class);
		Map<EObject, Collection<Setting>> usages = EcoreUtil.CrossReferencer.find(List.of(framework));
		DeletionCascade cascade = new DeletionCascade(framework);
		Deque<EObject> pending = new ArrayDeque<>(List.of(element));
		while (!pending.isEmpty()) {
			EObject next = pending.poll();
			if (!cascade.removed.add(next)) {
				continue;
			}
			for (EObject gone : EcoreUtil2.eAllContents(next)) {
				usages.getOrDefault(gone, List.of()).forEach(usage -> cascade.follow(usage, pending));
			}
			usages.getOrDefault(next, List.of()).forEach(usage -> cascade.follow(usage, pending));
		}
		cascade.trimmed.removeIf(list -> cascade.isRemoved(list.owner()));
		return cascade;
	}

	private void follow(Setting usage, Deque<EObject> pending) {
		EObject user = usage.getEObject();
		if (user instanceof Hypothesis || user instanceof ExpectedEffect || user instanceof ExpectedLoading || user instanceof ExpectedReliability) {
			pending.add(user);
		} else if (usage.getEStructuralFeature() instanceof EReference list && list.isMany()) {
			trimmed.add(new TrimmedList(user, list));
		} else if (!isRemoved(user)) {
			throw new IllegalStateException("No way to delete the reference " + usage.getEStructuralFeature().getName() + " of "
					+ user.eClass().getName() + ".");
		}
	}

	/** The elements whose text goes, the deleted one first. */
	Set<EObject> removed() {
		return removed;
	}

	/** The lists that stay, less some references. */
	Set<TrimmedList> trimmed() {
		return trimmed;
	}

	/** Whether an element goes, as a removed element or part of one. */
	boolean isRemoved(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (removed.contains(e)) {
				return true;
			}
		}
		return false;
	}

	/** The hypotheses that go along with the deleted element, in the order of the file. */
	List<Hypothesis> dependentHypotheses() {
		EObject deleted = removed.iterator().next();
		return framework.getHypotheses().stream().filter(h -> h != deleted && removed.contains(h)).toList();
	}
}
